namespace DeepCopy.Core.Engine
{
    /// <summary>One step of a path, stored flat in the <see cref="PathTable"/>; the text is only made when an error needs it.</summary>
    internal struct PathEntry
    {
        public int Parent;
        public int Depth;
        public PathSegmentKind Kind;
        public int Index;

        /// <summary>The member name, the key, or (for <see cref="PathSegmentKind.MultiIndex"/>) the array.</summary>
        public object? Segment;
    }
}
