namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// One pair of objects still to be compared, and how it was reached from its parent frame. The path is only
    /// spelled out when a comparison fails, so a frame stores the pieces, not a string.
    /// </summary>
    internal struct ComparisonFrame
    {
        public ComparisonFrame(object source, object copy, int parent, string? member, object? key, int index)
        {
            Source = source;
            Copy = copy;
            Parent = parent;
            Member = member;
            Key = key;
            Index = index;
        }

        public object Source { get; }

        public object Copy { get; }

        /// <summary>The frame this one was reached from; -1 for the root.</summary>
        public int Parent { get; }

        /// <summary>Reached through a field or member of this name (<c>.name</c>).</summary>
        public string? Member { get; }

        /// <summary>Reached through a dictionary key (<c>['key']</c>).</summary>
        public object? Key { get; }

        /// <summary>Reached through an element index (<c>[3]</c>); -1 when not an element.</summary>
        public int Index { get; }
    }
}
