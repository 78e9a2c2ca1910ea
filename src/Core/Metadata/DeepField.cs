using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>One instance field that needs deep work: it holds a reference, or a struct that holds one.</summary>
    internal sealed class DeepField
    {
        public DeepField(FieldInfo field, string displayName, TypePlan? inlineStructPlan)
        {
            Field = field;
            DisplayName = displayName;
            InlineStructPlan = inlineStructPlan;
        }

        public FieldInfo Field { get; }

        /// <summary>The name shown in paths: the property name for auto-property backing fields.</summary>
        public string DisplayName { get; }

        /// <summary>Set when the field is a struct stored inline that itself holds references; its fields are rewritten in place.</summary>
        public TypePlan? InlineStructPlan { get; }
    }
}
