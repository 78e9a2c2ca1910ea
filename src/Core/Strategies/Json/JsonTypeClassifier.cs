using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Chooses what a type becomes in JSON. The rules run in a fixed order; the comment on each says why it sits where it does.</summary>
    internal static class JsonTypeClassifier
    {
        public static JsonTypeInfo Build(Type type) => Build(type, TypePlanCache.Get(type));

        /// <param name="type">The runtime type.</param>
        /// <param name="plan">
        /// The engine's plan for it: the global plan, or, under a Copy type policy, the plan built without the statements
        /// that share or refuse the type, so the Json rules follow the same override.
        /// </param>
        public static JsonTypeInfo Build(Type type, TypePlan plan)
        {
            var info = BuildBuiltIn(type, plan);

            // Adapters first, like registered handlers: whoever registers one knows the type better than any built-in rule.
            foreach (var adapter in DeepCopyRegistry.JsonShapeAdapters)
            {
                if (adapter.CanWrite(type))
                {
                    info.Adapter = adapter;
                    break;
                }
            }

            return info;
        }

        private static JsonTypeInfo BuildBuiltIn(Type type, TypePlan plan)
        {
            // 1. The type plan decides what cannot be copied, so every strategy refuses the same values.
            if (plan.Kind == TypePlanKind.NonCopyable)
            {
                return new JsonTypeInfo(JsonTypeKind.NonCopyable) { NonCopyableReason = plan.NonCopyableReason };
            }

            // 2. Scalars: the commonest values, and the only ones JSON writes as they are.
            var scalar = JsonScalarKinds.For(type);
            if (scalar != JsonScalarKind.None)
            {
                return new JsonTypeInfo(JsonTypeKind.Scalar) { Scalar = scalar };
            }

            // 3. Other immutable classes are shared by contract (types, comparers, script blocks): every strategy keeps
            //    the instance. Immutable structs are data, so they fall through and are written from their properties.
            if (plan.Kind == TypePlanKind.Immutable && !type.IsValueType)
            {
                return new JsonTypeInfo(JsonTypeKind.SharedReference);
            }

            // 4. Dictionaries before lists, because every dictionary is also enumerable.
            if (typeof(IDictionary).IsAssignableFrom(type))
            {
                return new JsonTypeInfo(JsonTypeKind.Dictionary);
            }

            var pairTypes = FindPairTypes(type);
            if (pairTypes != null)
            {
                return new JsonTypeInfo(JsonTypeKind.PairDictionary) { AddPairs = JsonPairReader.For(pairTypes[0], pairTypes[1]) };
            }

            // 5. Any other enumerable is a list, like ConvertTo-Json.
            if (typeof(IEnumerable).IsAssignableFrom(type))
            {
                return new JsonTypeInfo(JsonTypeKind.Sequence);
            }

            // 6. Everything else: its public fields and properties.
            JsonMemberLister.For(type, out var fields, out var properties);
            return new JsonTypeInfo(JsonTypeKind.Object) { Fields = fields, Properties = properties };
        }

        /// <summary>For a type that implements IDictionary&lt;K,V&gt; or IReadOnlyDictionary&lt;K,V&gt;: K and V.</summary>
        private static Type[]? FindPairTypes(Type type)
        {
            foreach (var implemented in type.GetInterfaces())
            {
                if (!implemented.IsGenericType)
                {
                    continue;
                }

                var definition = implemented.GetGenericTypeDefinition();
                if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
                {
                    return implemented.GetGenericArguments();
                }
            }

            return null;
        }
    }
}
