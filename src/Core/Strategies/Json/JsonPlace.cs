using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Where a value sits under its parent: the step that names it in an error path.</summary>
    internal readonly struct JsonPlace
    {
        public static readonly JsonPlace Root = new JsonPlace(PathSegmentKind.Root, null, 0);

        public JsonPlace(PathSegmentKind kind, object? segment, int index)
        {
            Kind = kind;
            Segment = segment;
            Index = index;
        }

        public PathSegmentKind Kind { get; }

        /// <summary>The member name, or the source's own key (so paths show <c>[1]</c>, not <c>['1']</c>).</summary>
        public object? Segment { get; }

        public int Index { get; }
    }
}
