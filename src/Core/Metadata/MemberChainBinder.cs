using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Binds a reader of a class-library member that different runtimes keep under different names (a public property
    /// on .NET, a private field or a field of a field on .NET Framework). Each candidate is a chain of member names read
    /// one after another; the first chain that exists and passes the caller's probe wins. A name alone proves little
    /// (.NET Framework's ConcurrentDictionary has an <c>m_comparer</c> field that is null on every live instance), so
    /// the probe reads a value whose answer the caller knows.
    /// </summary>
    internal static class MemberChainBinder
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        /// <summary>
        /// The reader of the first chain in <paramref name="candidates"/> that exists on <paramref name="type"/> and for
        /// which <paramref name="validates"/> is true; null when none does. A probe that throws rejects its chain.
        /// </summary>
        public static Func<object, object?>? Bind(Type type, IEnumerable<string[]> candidates, Func<Func<object, object?>, bool> validates)
        {
            foreach (var chain in candidates)
            {
                var reader = Chain(type, chain);
                if (reader != null && Passes(reader, validates))
                {
                    return reader;
                }
            }

            return null;
        }

        /// <summary>Reads each named member in turn (a property with a getter, else a field); null if one is missing.</summary>
        internal static Func<object, object?>? Chain(Type type, string[] names)
        {
            var steps = new Func<object, object?>[names.Length];
            var current = type;
            for (var i = 0; i < names.Length; i++)
            {
                var step = Step(current, names[i], out var next);
                if (step is null)
                {
                    return null;
                }

                steps[i] = step;
                current = next;
            }

            return target =>
            {
                object? value = target;
                foreach (var step in steps)
                {
                    if (value is null)
                    {
                        return null;
                    }

                    value = step(value);
                }

                return value;
            };
        }

        private static Func<object, object?>? Step(Type type, string name, out Type memberType)
        {
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                var property = declaring.GetProperty(name, Instance | BindingFlags.DeclaredOnly);
                if (property != null && property.GetIndexParameters().Length == 0 && property.GetGetMethod(nonPublic: true) != null)
                {
                    memberType = property.PropertyType;
                    return property.GetValue;
                }

                var field = declaring.GetField(name, Instance | BindingFlags.DeclaredOnly);
                if (field != null)
                {
                    memberType = field.FieldType;
                    return field.GetValue;
                }
            }

            memberType = typeof(object);
            return null;
        }

        private static bool Passes(Func<object, object?> reader, Func<Func<object, object?>, bool> validates)
        {
            try
            {
                return validates(reader);
            }
            catch (Exception ex) when (ex is TargetInvocationException || ex is MemberAccessException || ex is InvalidCastException || ex is ArgumentException)
            {
                return false;
            }
        }
    }
}
