using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// One name for memory in an explicit layout (<see cref="OverlappingFields"/>): a field, or a field of a struct stored
    /// inline, with the bytes it covers counted from the start of the explicit type's own fields.
    /// </summary>
    internal sealed class LayoutName
    {
        public LayoutName(FieldInfo field, DeepField? deep, string path, int start, int size)
        {
            Field = field;
            Deep = deep;
            Path = path;
            Start = start;
            Size = size;
        }

        public FieldInfo Field { get; }

        /// <summary>The deep work the plan has for this name; null for a field that needs none (a number, a string).</summary>
        public DeepField? Deep { get; }

        /// <summary>The name as a user knows it, "S.X" for a field of a struct stored inline.</summary>
        public string Path { get; }

        public int Start { get; }

        public int Size { get; }

        public int End => Start + Size;

        /// <summary>For a struct stored inline whose fields are rewritten in place: its fields, each a name of its own.</summary>
        public List<LayoutName>? Parts { get; set; }

        /// <summary>Set when another name does this name's work (its memory is copied, or kept, under that name).</summary>
        public bool Dropped { get; set; }

        public bool IsIgnored => Deep != null && Deep.IsIgnored;

        /// <summary>A name the copy writes: deep work that is not [DeepCopyIgnore], on a field rather than on the parts of a struct.</summary>
        public bool IsCopied => Deep != null && !Deep.IsIgnored && Parts is null && !Dropped;

        public bool Overlaps(LayoutName other) => Start < other.End && other.Start < End;
    }
}
