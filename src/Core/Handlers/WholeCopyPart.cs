using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// One child a <see cref="WholeCopyHandler"/> copies while it makes its copy (a key, a value, an element), with the
    /// path step that names it. The engine reads these to copy deeply nested children first, from its own stack.
    /// </summary>
    internal readonly struct WholeCopyPart
    {
        private WholeCopyPart(object? value, PathSegmentKind kind, object? segment, int index)
        {
            Value = value;
            Kind = kind;
            Segment = segment;
            Index = index;
        }

        public object? Value { get; }

        public PathSegmentKind Kind { get; }

        public object? Segment { get; }

        public int Index { get; }

        /// <summary>A key or set element, which the handler copies to completion through <see cref="DeepCopyContext.CopyKey"/>.</summary>
        public bool IsKey => Kind == PathSegmentKind.KeyItself;

        public static WholeCopyPart Key(object? key, int position) => new WholeCopyPart(key, PathSegmentKind.KeyItself, null, position);

        public static WholeCopyPart ValueAt(object? value, object? key) => new WholeCopyPart(value, PathSegmentKind.Key, key, 0);

        public static WholeCopyPart Member(object? value, string name) => new WholeCopyPart(value, PathSegmentKind.Member, name, 0);
    }
}
