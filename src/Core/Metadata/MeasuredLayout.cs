using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>A struct's instance fields (as <see cref="FieldLister.AllInstanceFields"/> lists them), where each starts, and its size.</summary>
    internal sealed class MeasuredLayout
    {
        public MeasuredLayout(FieldInfo[] fields, int[] offsetsThenSize)
        {
            Fields = fields;
            Offsets = offsetsThenSize;
            Size = offsetsThenSize[fields.Length];
        }

        public FieldInfo[] Fields { get; }

        /// <summary>Offsets[i] is where Fields[i] starts, in bytes from the start of the struct.</summary>
        public int[] Offsets { get; }

        public int Size { get; }
    }
}
