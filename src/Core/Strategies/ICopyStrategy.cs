namespace DeepCopy.Core.Strategies
{
    /// <summary>One way of running a copy. Strategies share plans, handlers and the engine; they differ only in cost.</summary>
    internal interface ICopyStrategy
    {
        DeepCopyStrategy Kind { get; }

        object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics);
    }
}
