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

        /// <summary>For an object: the value written as it (<see cref="JsonTapeObject.Source"/>), for the error when its copy cannot be built.</summary>
        public object? Source;

        /// <summary>For an object: the name of the member whose value comes next.</summary>
        public string? Name;

        /// <summary>How the parent names this frame in an error path: by index, key or member, as the writer names the same place.</summary>
        public PathSegmentKind Kind;

        public string? Segment;

        public int Index;

        /// <summary>The path of the innermost of the first <paramref name="count"/> frames, built on demand for the rare error.</summary>
        public static string FormatPath(JsonReadFrame[] frames, int count)
        {
            var table = new PathTable(count + 1);
            var entry = -1;
            for (var i = 0; i < count; i++)
            {
                entry = table.Add(entry, i, frames[i].Kind, frames[i].Segment, frames[i].Index);
            }

            return PathFormatter.Format(table, entry, PathSegmentKind.Transparent, null, 0);
        }
    }
}
