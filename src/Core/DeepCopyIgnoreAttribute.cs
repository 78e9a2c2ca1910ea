using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// Leaves a field out of deep copies: the copy holds the field type's default value (null, 0, false) instead.
    /// Put it on a field, or on an auto-implemented property (it then applies to the property's backing field;
    /// <c>[field: DeepCopyIgnore]</c> works too). On a property with a hand-written backing field, mark that field.
    /// Honoured wherever a type is copied field by field; a handler (collections, PSObject...) decides for itself.
    /// Ignored fields are not compared by <see cref="DeepComparer"/> either.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
    public sealed class DeepCopyIgnoreAttribute : Attribute
    {
    }
}
