using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Tests that read GC counters or swap process-wide settings run alone, so other tests cannot disturb them.</summary>
    [CollectionDefinition(nameof(SerialGcCollection), DisableParallelization = true)]
    public sealed class SerialGcCollection
    {
    }
}
