using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Tests.Support;

/// <summary>All instance fields of a type, own and inherited, public and private, read once per type.</summary>
internal static class FieldCache
{
    private const BindingFlags DeclaredInstance =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> AllFields = new ConcurrentDictionary<Type, FieldInfo[]>();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> UserFields = new ConcurrentDictionary<Type, FieldInfo[]>();
    private static readonly ConcurrentDictionary<FieldInfo, string> Names = new ConcurrentDictionary<FieldInfo, string>();

    /// <summary>Every instance field, pointers excepted.</summary>
    public static FieldInfo[] All(Type type) => AllFields.GetOrAdd(type, t => Collect(t, userOnly: false));

    /// <summary>The instance fields declared by test types, for user subclasses of framework collections.</summary>
    public static FieldInfo[] User(Type type) => UserFields.GetOrAdd(type, t => Collect(t, userOnly: true));

    /// <summary>The name a user knows the field by: the property name for an auto-property's backing field.</summary>
    public static string DisplayName(FieldInfo field) => Names.GetOrAdd(field, f =>
    {
        var name = f.Name;
        var close = name.IndexOf('>', StringComparison.Ordinal);
        return name.StartsWith('<') && close > 1 ? name.Substring(1, close - 1) : name;
    });

    private static FieldInfo[] Collect(Type type, bool userOnly)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current != null; current = current.BaseType)
        {
            if (userOnly && !NodeClassifier.IsUserType(current))
            {
                continue;
            }

            foreach (var field in current.GetFields(DeclaredInstance))
            {
                if (!field.FieldType.IsPointer)
                {
                    fields.Add(field);
                }
            }
        }

        return fields.ToArray();
    }
}
