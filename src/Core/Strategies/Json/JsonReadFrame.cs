using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One open JSON array or object on the reader's explicit stack.</summary>
    internal struct JsonReadFrame
    {
        public bool IsArray;

        /// <summary>Where this frame's items (array) or members (object) start in the reader's shared buffers.</summary>
        public int Start;

        /// <summary>For an object: what its source was.</summary>
        public JsonObjectShape Shape;

        /// <summary>For an object: the name of the member whose value comes next.</summary>
        public string? Name;

        /// <summary>How the parent names this frame in an error path.</summary>
        public PathSegmentKind Kind;

        public string? Segment;

        public int Index;
    }
}
