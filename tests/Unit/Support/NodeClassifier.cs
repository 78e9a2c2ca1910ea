using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;
using System.Reflection;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace DeepCopy.Tests.Support;

/// <summary>
/// The tests' own answer to "is this value immutable, and how is it compared?". It is written apart from the
/// engine's TypeClassifier on purpose, so that a wrong engine rule cannot vouch for itself.
/// </summary>
internal static class NodeClassifier
{
    private static readonly ConcurrentDictionary<Type, NodeKind> Kinds = new ConcurrentDictionary<Type, NodeKind>();

    private static readonly HashSet<Type> LeafTypes = new HashSet<Type>
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(Version), typeof(Uri), typeof(BigInteger), typeof(DBNull),
    };

    // Shared by contract rather than copied: runtime metadata, comparers, cultures, encodings and parsed scripts.
    private static readonly Type[] LeafBases =
    {
        typeof(MemberInfo), typeof(Assembly), typeof(Module), typeof(ParameterInfo), typeof(IEqualityComparer),
        typeof(IComparer), typeof(CultureInfo), typeof(Encoding), typeof(TimeZoneInfo), typeof(Regex), typeof(ScriptBlock),
        typeof(System.Management.Automation.Language.Ast), typeof(System.Management.Automation.Language.Token),

        // The one base object every PSCustomObject shares; its state is the wrapper's members.
        typeof(PSCustomObject),
    };

    /// <summary>
    /// The kind of a value. Empty arrays hold no state, so they count as leaves, unless PowerShell members are attached
    /// to one (a note added to an empty array held unwrapped), which a copy carries and a walk must follow; so do the
    /// empty collections of System.Collections.Immutable, which are shared singletons that nothing can change.
    /// </summary>
    public static NodeKind Classify(object value) =>
        (value is Array { Length: 0 } && PSObjectView.UnwrappedMembers(value).Count == 0) || IsEmptyImmutable(value)
            ? NodeKind.Leaf
            : ClassifyType(value.GetType());

    public static NodeKind ClassifyType(Type type) => Kinds.GetOrAdd(type, Compute);

    /// <summary>True for types declared by the tests themselves; everything else counts as framework.</summary>
    public static bool IsUserType(Type type) => type.Assembly == typeof(NodeClassifier).Assembly;

    /// <summary>True when a slot of this declared type can only hold leaves or immutable structs, so walkers skip it.</summary>
    public static bool NeverHoldsNodes(Type declared)
    {
        if (declared.IsPrimitive || declared.IsEnum || declared.IsPointer || declared == typeof(string))
        {
            return true;
        }

        if (!declared.IsValueType)
        {
            return false;
        }

        var kind = ClassifyType(declared);
        return kind == NodeKind.Leaf || kind == NodeKind.ImmutableStruct;
    }

    private static bool IsEmptyImmutable(object value) =>
        value is ICollection { Count: 0 } && value.GetType().Namespace == "System.Collections.Immutable";

    private static NodeKind Compute(Type type)
    {
        if (IsLeafType(type))
        {
            return NodeKind.Leaf;
        }

        if (type.IsValueType)
        {
            return StructIsImmutable(type) ? NodeKind.ImmutableStruct : NodeKind.Object;
        }

        if (type == typeof(SecureString))
        {
            return NodeKind.Opaque;
        }

        if (typeof(PSObject).IsAssignableFrom(type))
        {
            return NodeKind.PSObject;
        }

        if (type.IsArray)
        {
            return NodeKind.Array;
        }

        // A user subclass of a framework collection is compared through the collection's API plus its own fields.
        var api = type;
        while (IsUserType(api) && api.BaseType != null)
        {
            api = api.BaseType;
        }

        if (typeof(IDictionary).IsAssignableFrom(api))
        {
            return NodeKind.Dictionary;
        }

        if (Implements(api, typeof(ISet<>)) || Implements(api, typeof(IReadOnlySet<>)))
        {
            return NodeKind.Set;
        }

        return typeof(IEnumerable).IsAssignableFrom(api) ? NodeKind.Sequence : NodeKind.Object;
    }

    private static bool IsLeafType(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || LeafTypes.Contains(type))
        {
            return true;
        }

        foreach (var leafBase in LeafBases)
        {
            if (leafBase.IsAssignableFrom(type))
            {
                return true;
            }
        }

        return Implements(type, typeof(IEqualityComparer<>)) || Implements(type, typeof(IComparer<>));
    }

    private static bool StructIsImmutable(Type type)
    {
        foreach (var field in FieldCache.All(type))
        {
            var fieldType = field.FieldType;
            var immutable = fieldType.IsValueType
                ? ClassifyType(fieldType) is NodeKind.Leaf or NodeKind.ImmutableStruct
                : fieldType == typeof(string) || (fieldType.IsSealed && IsLeafType(fieldType));
            if (!immutable)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Implements(Type type, Type genericDefinition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == genericDefinition)
        {
            return true;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == genericDefinition)
            {
                return true;
            }
        }

        return false;
    }
}
