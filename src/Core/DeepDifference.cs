namespace DeepCopy.Core
{
    /// <summary>One difference between two graphs, at a path such as <c>$.items[3].name</c>.</summary>
    public sealed class DeepDifference
    {
        public DeepDifference(string path, DeepDifferenceKind kind, object? referenceValue, object? differenceValue, string message)
        {
            Path = path;
            Kind = kind;
            ReferenceValue = referenceValue;
            DifferenceValue = differenceValue;
            Message = message;
        }

        /// <summary>Where the graphs differ, <c>$</c> being the root: a path in the reference graph, except for <see cref="DeepDifferenceKind.SharedReference"/>, where it is the path in the difference graph (the message names the reference path).</summary>
        public string Path { get; }

        public DeepDifferenceKind Kind { get; }

        /// <summary>The value in the reference graph (the count, for <see cref="DeepDifferenceKind.CountDifferent"/>; null when it has none).</summary>
        public object? ReferenceValue { get; }

        /// <summary>The value in the difference graph (the count, for <see cref="DeepDifferenceKind.CountDifferent"/>; null when it has none).</summary>
        public object? DifferenceValue { get; }

        /// <summary>The difference in words. Values are described without running their ToString.</summary>
        public string Message { get; }

        public override string ToString() => Path + ": " + Kind + ": " + Message;
    }
}
