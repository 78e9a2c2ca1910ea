using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One member of an object being written: its JSON name, its value, and how an error path names it.</summary>
    internal readonly struct JsonMember
    {
        private readonly string? _name;

        private JsonMember(string? name, object? value, PathSegmentKind kind, object? segment)
        {
            _name = name;
            Value = value;
            Place = new JsonPlace(kind, segment, 0);
        }

        /// <summary>
        /// The JSON name. A key's is made when the member is written, after the key's type policy was checked: a key
        /// that a Throw or Null policy refuses never has its ToString run.
        /// </summary>
        public string Name => _name ?? JsonKeyText.From(Place.Segment);

        public object? Value { get; }

        public JsonPlace Place { get; }

        public static JsonMember ForKey(object? key, object? value) =>
            new JsonMember(null, value, PathSegmentKind.Key, key);

        public static JsonMember ForName(string name, object? value) =>
            new JsonMember(JsonText.Clean(name), value, PathSegmentKind.Member, name);

        public static JsonMember ForShape(JsonObjectShape shape, string name, object? value) =>
            shape == JsonObjectShape.Dictionary ? ForKey(name, value) : ForName(name, value);
    }
}
