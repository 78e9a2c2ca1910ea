using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>One instance field the comparer reads, with the name shown in paths (the property name for backing fields).</summary>
    internal sealed class CompareField
    {
        public CompareField(FieldInfo field, string name)
        {
            Field = field;
            Name = name;
        }

        public FieldInfo Field { get; }

        public string Name { get; }
    }
}
