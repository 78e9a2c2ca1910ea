using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Handlers for the framework's hashed collections that netstandard2.0 cannot name (frozen collections, the generic
    /// OrderedDictionary) or whose types are internal (System.Linq's lookups). Each stores its keys' hash codes, so it is
    /// rebuilt around the copied keys instead of being field-walked. A runtime without the type simply never asks; a shape
    /// of the API this code does not expect leaves the type to the field walker, as before these handlers existed.
    /// </summary>
    internal static class NamedCollectionHandlers
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

        public static DeepCopyHandler? TryCreate(Type type)
        {
            if (type.IsAbstract || type.IsInterface)
            {
                return null;
            }

            return TryCreateOrderedDictionary(type) ?? TryCreateFrozen(type) ?? TryCreateLookup(type) ?? TryCreateImmutableBuilder(type);
        }

        private static DeepCopyHandler? TryCreateOrderedDictionary(Type type)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition().FullName != "System.Collections.Generic.OrderedDictionary`2")
            {
                return null;
            }

            var arguments = type.GetGenericArguments();
            var comparerType = typeof(IEqualityComparer<>).MakeGenericType(arguments[0]);
            var constructor = type.GetConstructor(new[] { typeof(int), comparerType });
            var comparer = type.GetProperty("Comparer", PublicInstance);
            if (constructor == null || comparer == null || comparer.PropertyType != comparerType)
            {
                return null;
            }

            return Create(typeof(GenericOrderedDictionaryHandler<,>), arguments, type, constructor, comparer);
        }

        private static DeepCopyHandler? TryCreateFrozen(Type type)
        {
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (!current.IsGenericType)
                {
                    continue;
                }

                var definition = current.GetGenericTypeDefinition().FullName;
                if (definition == "System.Collections.Frozen.FrozenDictionary`2")
                {
                    var freeze = FindFactory(current.Assembly.GetType("System.Collections.Frozen.FrozenDictionary"), "ToFrozenDictionary", 2);
                    return freeze == null ? null : Create(typeof(FrozenDictionaryHandler<,>), current.GetGenericArguments(), type, current, freeze);
                }

                if (definition == "System.Collections.Frozen.FrozenSet`1")
                {
                    var freeze = FindFactory(current.Assembly.GetType("System.Collections.Frozen.FrozenSet"), "ToFrozenSet", 1);
                    return freeze == null ? null : Create(typeof(FrozenSetHandler<>), current.GetGenericArguments(), type, current, freeze);
                }
            }

            return null;
        }

        private static DeepCopyHandler? TryCreateLookup(Type type)
        {
            if (type.Assembly != typeof(Enumerable).Assembly)
            {
                return null;
            }

            foreach (var implemented in type.GetInterfaces())
            {
                if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(ILookup<,>))
                {
                    var arguments = implemented.GetGenericArguments();
                    var comparer = FindField(type, typeof(IEqualityComparer<>).MakeGenericType(arguments[0]));

                    // A lookup without a comparer (the empty lookup) stores no hash codes: the field walker copies it.
                    return comparer == null ? null : Create(typeof(LookupHandler<,>), arguments, type, comparer);
                }
            }

            return null;
        }

        private static DeepCopyHandler? TryCreateImmutableBuilder(Type type)
        {
            var collection = type.DeclaringType;
            if (!type.IsGenericType || type.Name != "Builder" || collection == null || collection.Namespace != "System.Collections.Immutable")
            {
                return null;
            }

            var arguments = type.GetGenericArguments();
            var definition = collection.Name;
            var isDictionary = definition == "ImmutableDictionary`2";
            if (!isDictionary && definition != "ImmutableHashSet`1")
            {
                // The sorted builders and the list builder store no hash codes: the field walker copies them exactly.
                return null;
            }

            var factory = ImmutableBuilderFactory.TryCreate(type, collection.MakeGenericType(arguments), isDictionary);
            return factory == null ? null : Create(isDictionary ? typeof(ImmutableDictionaryBuilderHandler<,>) : typeof(ImmutableHashSetBuilderHandler<>), arguments, type, factory);
        }

        /// <summary>The static (source, comparer) overload: two parameters, the first a sequence of the generic arguments.</summary>
        private static MethodInfo? FindFactory(Type? factories, string name, int genericArity)
        {
            if (factories == null)
            {
                return null;
            }

            foreach (var method in factories.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (method.Name != name || !method.IsGenericMethodDefinition || method.GetGenericArguments().Length != genericArity)
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (parameters.Length == 2 && parameters[1].ParameterType.IsGenericType &&
                    parameters[1].ParameterType.GetGenericTypeDefinition() == typeof(IEqualityComparer<>) &&
                    parameters[0].ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                {
                    return method;
                }
            }

            return null;
        }

        private static FieldInfo? FindField(Type type, Type fieldType)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType == fieldType)
                    {
                        return field;
                    }
                }
            }

            return null;
        }

        private static DeepCopyHandler Create(Type handlerDefinition, Type[] arguments, params object[] constructorArguments) =>
            (DeepCopyHandler)Activator.CreateInstance(handlerDefinition.MakeGenericType(arguments), constructorArguments)!;
    }
}
