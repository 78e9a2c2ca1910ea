using System;
using System.Reflection;
using System.Runtime.Serialization;

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

        /// <summary>Set for a field marked [DeepCopyIgnore]: the copy gets <see cref="DefaultValue"/> instead of a copy.</summary>
        public bool IsIgnored { get; private set; }

        /// <summary>Set for a struct field renewed rather than copied (a SpinLock): the copy gets the value this makes.</summary>
        public Handlers.IInlineRenewal? Renewal { get; private set; }

        /// <summary>
        /// True when the copy's value is not a copy of the source's: ignored and renewed fields. PERF: one flag, so the
        /// reflection walk tests one thing per field, as it did when only ignored fields were set apart.
        /// </summary>
        public bool SetsOwnValue { get; private set; }

        /// <summary>For an ignored field: the field type's default value, boxed once (null for references and Nullable).</summary>
        public object? DefaultValue { get; private set; }

        public static DeepField Ignored(FieldInfo field, string displayName)
        {
            var type = field.FieldType;
            // A zeroed instance, made without running any constructor (a struct may declare a parameterless one).
            // Pointers and function pointers are set through reflection as an IntPtr: a null there can fail once the
            // runtime has swapped in its faster field accessor.
            var defaultValue = type.IsPointer || FunctionPointers.Is(type) ? IntPtr.Zero
                : type.IsValueType && System.Nullable.GetUnderlyingType(type) == null ? FormatterServices.GetUninitializedObject(type)
                : null;
            return new DeepField(field, displayName, null) { IsIgnored = true, SetsOwnValue = true, DefaultValue = defaultValue };
        }

        public static DeepField Renewed(FieldInfo field, string displayName, Handlers.IInlineRenewal renewal) =>
            new DeepField(field, displayName, null) { Renewal = renewal, SetsOwnValue = true };
    }
}
