using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// A thread-safe cache keyed by runtime type that never keeps a collectible type alive. Ordinary types live in a
    /// ConcurrentDictionary, so a hit costs what it always did. Types a host may unload (<see cref="CollectibleTypes"/>)
    /// live in a ConditionalWeakTable instead: its entries are ephemerons, so a value may refer to its own type (a plan,
    /// generated code over it) and both go once nothing else holds the type. A static dictionary would hold the type,
    /// its assembly and its load context for the life of the process. Those types pay a dictionary miss first.
    /// </summary>
    internal sealed class TypeTable<TValue>
    {
        private readonly ConcurrentDictionary<Type, TValue> _lasting = new ConcurrentDictionary<Type, TValue>();
        private readonly object _collectibleGate = new object();
        private ConditionalWeakTable<Type, Entry> _collectible = new ConditionalWeakTable<Type, Entry>();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(Type type, out TValue value) => _lasting.TryGetValue(type, out value!) || TryGetCollectible(type, out value);

        /// <summary>The cached value, or <paramref name="build"/>'s, kept unless another thread added one first.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TValue GetOrAdd(Type type, Func<Type, TValue> build) => TryGetValue(type, out var value) ? value : Add(type, build(type));

        /// <summary>Adds <paramref name="value"/> unless the type has a value already, and returns the one the table keeps.</summary>
        public TValue Add(Type type, TValue value)
        {
            if (!CollectibleTypes.IsCollectible(type))
            {
                return _lasting.GetOrAdd(type, value);
            }

            lock (_collectibleGate)
            {
                if (_collectible.TryGetValue(type, out var existing))
                {
                    return existing.Value;
                }

                _collectible.Add(type, new Entry(value));
                return value;
            }
        }

        /// <summary>Adds or replaces the type's value.</summary>
        public void Set(Type type, TValue value)
        {
            if (!CollectibleTypes.IsCollectible(type))
            {
                _lasting[type] = value;
                return;
            }

            lock (_collectibleGate)
            {
                if (_collectible.TryGetValue(type, out var existing))
                {
                    existing.Value = value;
                }
                else
                {
                    _collectible.Add(type, new Entry(value));
                }
            }
        }

        public void Clear()
        {
            lock (_collectibleGate)
            {
                _lasting.Clear();
                // netstandard2.0's ConditionalWeakTable has no Clear: a new table drops every entry of the old one.
                Volatile.Write(ref _collectible, new ConditionalWeakTable<Type, Entry>());
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TryGetCollectible(Type type, out TValue value)
        {
            if (Volatile.Read(ref _collectible).TryGetValue(type, out var entry))
            {
                value = entry.Value;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>A reference-type slot, since the weak table needs one and values may be null or value types.</summary>
        private sealed class Entry
        {
            public Entry(TValue value)
            {
                Value = value;
            }

            public TValue Value { get; set; }
        }
    }
}
