using Xunit;
using Xunit.Abstractions;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Property-based tests of the lossy Json strategy: thousands of seeded JSON-shaped graphs (see
/// <see cref="JsonGraphGenerator"/>), each checked against the documented loss rules by <see cref="JsonFuzzCheck"/>.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class JsonFuzzTests
{
    private readonly ITestOutputHelper _output;

    public JsonFuzzTests(ITestOutputHelper output)
    {
        _output = output;

        // A real session's shapes: ordered hashtables and PSCustomObjects come back.
        PowerShellRegistrations.EnsureRegistered();
    }

    [Fact]
    public void Random_json_graphs_come_back_as_the_loss_rules_say() =>
        FuzzRun.Over("Json", FuzzSettings.Seed, FuzzSettings.Count, _output, JsonFuzzCheck.Run);
}
