using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Measurement
{
    /// <summary>How the structural comparison looks inside values of one type, worked out once per type.</summary>
    internal sealed class ComparableShape
    {
        private static readonly ConcurrentDictionary<Type, ComparableShape> Shapes = new ConcurrentDictionary<Type, ComparableShape>();

        private ComparableShape(FieldInfo[] fields, string[] fieldNames, bool isSequence)
        {
            Fields = fields;
            FieldNames = fieldNames;
            IsSequence = isSequence;
        }

        /// <summary>Every instance field, own and inherited: a field-walk copy must reproduce all of them.</summary>
        public FieldInfo[] Fields { get; }

        /// <summary>The names paths show for <see cref="Fields"/> (auto-property backing fields by their property name).</summary>
        public string[] FieldNames { get; }

        /// <summary>A collection with a count, compared element by element in enumeration order.</summary>
        public bool IsSequence { get; }

        public static ComparableShape For(Type type) => Shapes.GetOrAdd(type, Build);

        private static ComparableShape Build(Type type)
        {
            var fields = FieldLister.AllInstanceFields(type).ToArray();
            var names = new string[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                names[i] = FieldLister.DisplayName(fields[i]);
            }

            return new ComparableShape(fields, names, IsCountedCollection(type));
        }

        // Only collections that know their count are enumerated: enumerating an arbitrary IEnumerable (an
        // iterator, a query) could run code or consume it.
        private static bool IsCountedCollection(Type type)
        {
            if (typeof(ICollection).IsAssignableFrom(type))
            {
                return true;
            }

            foreach (var candidate in type.GetInterfaces())
            {
                if (candidate.IsGenericType)
                {
                    var definition = candidate.GetGenericTypeDefinition();
                    if (definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
