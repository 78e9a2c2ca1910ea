using System;
using System.Collections.Generic;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core
{
    /// <summary>
    /// Compares two object graphs structurally and lists every difference with its path. Dictionaries are compared by key
    /// (through their own comparers), sets by membership, arrays and other collections by position, wrapper objects
    /// through registered adapters, and all other objects field by field. Values of framework immutable types (numbers,
    /// strings, dates, Guid, Uri, Version...) are compared with the framework's equality; no Equals, GetHashCode or
    /// ToString of the user's types is called. Walks the graphs with an explicit stack and tracks visited pairs by
    /// reference, so deep chains and cycles are safe. See docs/compare.md.
    /// </summary>
    public static class DeepComparer
    {
        private static readonly object Gate = new object();
        // Built in for types whose fields are not their meaning: System.Data's tables (object ids, record numbers, index
        // trees), SecureString (the address of its encrypted buffer), immutable queues and stacks (nodes whose split
        // depends on history), StringBuilder (stale characters and spare capacity in its chunks), PriorityQueue (a heap
        // array laid out by the order of insertion), locks and slim signals (ids, owners and waiters a copy never keeps) and
        // delegates (code addresses, and a method cache filled only once read).
        private static DeepCompareAdapter[] _adapters =
        {
            new SystemDataCompareAdapter(), new SecureStringCompareAdapter(), new ImmutableSequenceCompareAdapter(), new StringBuilderCompareAdapter(),
            new PriorityQueueCompareAdapter(), new SynchronizationCompareAdapter(), new DelegateCompareAdapter(),
        };

        private static Type[] _orderedDictionaries = Array.Empty<Type>();

        internal static DeepCompareAdapter[] Adapters => _adapters;

        internal static Type[] OrderedDictionaries => _orderedDictionaries;

        /// <summary>The differences between <paramref name="reference"/> and <paramref name="difference"/>; empty when they are structurally equal.</summary>
        public static IReadOnlyList<DeepDifference> Compare(object? reference, object? difference, DeepCompareOptions? options = null)
        {
            var effective = options ?? new DeepCompareOptions();

            // A small graph finishes before the walk's first look at the token, so a cancelled one is refused up front.
            effective.CancellationToken.ThrowIfCancellationRequested();
            var differences = new DifferenceList(effective.MaxDifferences);
            ComparisonRun.Run(reference, difference, differences, effective);
            if (effective.Independence && !differences.IsFull)
            {
                IndependenceWalker.Run(reference, difference, differences, effective);
            }

            return differences.Items;
        }

        /// <summary>
        /// Declares that dictionaries of <paramref name="type"/> (and its subclasses) keep their keys in an order that is
        /// part of their meaning, as the class library's ordered dictionaries do: the same entries in another order are
        /// reported as <see cref="DeepDifferenceKind.OrderDifferent"/>. Register at start-up.
        /// </summary>
        public static void RegisterOrderedDictionary(Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            if (type.ContainsGenericParameters || !IsDictionaryType(type))
            {
                throw new ArgumentException("[" + Engine.TypeNames.Readable(type) + "] is not a closed dictionary type: register a class that implements IDictionary or IDictionary<TKey, TValue>.", nameof(type));
            }

            lock (Gate)
            {
                if (Array.IndexOf(_orderedDictionaries, type) >= 0)
                {
                    return;
                }

                _orderedDictionaries = CopyOnWriteArray.Append(_orderedDictionaries, type);
                ComparePlanCache.Invalidate();
            }
        }

        /// <summary>Adds an adapter, consulted before any built-in rule, in registration order. Register at start-up.</summary>
        public static void RegisterAdapter(DeepCompareAdapter adapter)
        {
            if (adapter is null)
            {
                throw new ArgumentNullException(nameof(adapter));
            }

            lock (Gate)
            {
                if (Array.IndexOf(_adapters, adapter) >= 0)
                {
                    return;
                }

                _adapters = CopyOnWriteArray.Append(_adapters, adapter);
                ComparePlanCache.Invalidate();
            }
        }

        private static bool IsDictionaryType(Type type)
        {
            if (typeof(System.Collections.IDictionary).IsAssignableFrom(type))
            {
                return true;
            }

            foreach (var contract in type.GetInterfaces())
            {
                if (contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(System.Collections.Generic.IDictionary<,>))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
