using DeepCopy.Core;
using Xunit;
using Xunit.Abstractions;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Property-based tests: thousands of seeded random graphs per exact strategy (see <see cref="GraphGenerator"/> and
/// <see cref="ExactFuzzCheck"/>). A failure names its seed; replay it alone, fix it, and add it to
/// <see cref="FuzzRegressionTests"/>. Long runs: <c>dotnet pwsh ./build.ps1 -Task Fuzz -Count 100000</c>.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ExactFuzzTests
{
    private readonly ITestOutputHelper _output;

    public ExactFuzzTests(ITestOutputHelper output)
    {
        _output = output;
        PowerShellRegistrations.EnsureRegistered();
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Random_graphs_copy_exactly(DeepCopyStrategy strategy)
    {
        var gettersBefore = FuzzTypes.Dog.GetterCalls;

        FuzzRun.Over(strategy.ToString(), FuzzSettings.Seed, FuzzSettings.Count, _output, seed => ExactFuzzCheck.Run(seed, strategy));

        Assert.Equal(gettersBefore, FuzzTypes.Dog.GetterCalls);
    }
}
