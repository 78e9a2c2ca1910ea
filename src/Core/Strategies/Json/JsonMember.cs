using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One member of an object being written: its JSON name, its value, and how an error path names it.</summary>
    internal readonly struct JsonMember
    {
        private JsonMember(string name, object? value, PathSegmentKind kind, object? segment)
        {
            Name = name;
            Value = value;
            Place = new JsonPlace(kind, segment, 0);
        }

        public string Name { get; }

        public object? Value { get; }

        public JsonPlace Place { get; }

        public static JsonMember ForKey(object? key, object? value) =>
            new JsonMember(JsonKeyText.From(key), value, PathSegmentKind.Key, key);

        public static JsonMember ForName(string name, object? value) =>
            new JsonMember(JsonText.Clean(name), value, PathSegmentKind.Member, name);

        public static JsonMember ForShape(JsonObjectShape shape, string name, object? value) =>
            shape == JsonObjectShape.Dictionary ? ForKey(name, value) : ForName(name, value);
    }
}
