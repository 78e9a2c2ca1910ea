using System;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Whether a copy may keep the source's box of a struct that holds no references. A box is an object, and it can be
    /// changed in place: PowerShell sets a property of a boxed struct on the box itself (<c>$copy.Point.X = 100</c>), and
    /// so does a setter or FieldInfo.SetValue on a field that is not readonly. So a box is shared only when nothing but
    /// reflection on a readonly field (or unsafe code, which can overwrite any box, a boxed int too) can change it.
    /// </summary>
    /// <remarks>
    /// The rule, decided once per struct type whose fields are all immutable: the box is shared when the type is one of
    /// the framework's values (primitives, enums and the built-in immutables never reach here; the newer core values
    /// are named), or when every instance field is readonly and of a type whose box is shared itself (a readonly
    /// struct, a struct of get-only auto-properties, KeyValuePair&lt;int, string&gt; on .NET). Anything else (Point,
    /// Vector2, Coordinates, a struct with one settable field anywhere inside) gets a box of its own: a shallow clone,
    /// since it holds nothing that needs deep work.
    /// </remarks>
    internal static class BoxSharing
    {
        public static bool CanShare(Type structType, Func<Type, TypePlan> planFor)
        {
            if (NewerFrameworkValues.Contains(structType))
            {
                return true;
            }

            foreach (var field in FieldLister.AllInstanceFields(structType))
            {
                // Reference fields here hold immutable values only (the caller checked), and a field can be replaced
                // only when it is not readonly.
                if (!field.IsInitOnly || (field.FieldType.IsValueType && !planFor(field.FieldType).TakenAsIs))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
