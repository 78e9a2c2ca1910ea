namespace DeepCopy.Core
{
    /// <summary>What one copy did: how many objects it created and how deep the graph went.</summary>
    public readonly struct CopyStatistics
    {
        public CopyStatistics(long objectsCopied, int maxDepthReached)
        {
            ObjectsCopied = objectsCopied;
            MaxDepthReached = maxDepthReached;
        }

        /// <summary>Objects the copy created (immutable values returned as they are do not count).</summary>
        public long ObjectsCopied { get; }

        /// <summary>The deepest nesting level reached; the root is level 0.</summary>
        public int MaxDepthReached { get; }
    }
}
