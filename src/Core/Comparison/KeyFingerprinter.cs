using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// A hash of a key's structure as the comparer sees it, so that <see cref="KeyMatchTask"/> asks only about keys that
    /// can be equal. Two keys the comparer finds equal always get the same fingerprint; keys with the same fingerprint may
    /// still differ, and are compared in full. No code of the key's type runs: framework values are hashed with the class
    /// library's hashes, objects by their type and fields, arrays by their length and first elements, adapted values
    /// (PSObjects) by their type names, wrapped value and members. Only a few levels are read, which ends cycles without
    /// tracking identity, and only what is matched by position or by name: a dictionary, set or other collection counts
    /// by its type alone, since its own comparer, or code of its own, decides what it holds.
    /// A fingerprint is wild when no sound hash is known (member names alike but for case, a member name comparer other
    /// than the ordinal ones): a wild key is tried with every candidate.
    /// </summary>
    internal sealed class KeyFingerprinter
    {
        // Levels read below the key: its fields, their fields and theirs. Keys rarely differ only deeper.
        private const int MaxDepth = 3;

        // Fields of one object, and elements of one array, that are read; the full comparison reads the rest.
        private const int MaxWidth = 16;


        private const ulong NullHash = 0x6A09E667F3BCC908UL;
        private const ulong WrappedSlot = 0xBB67AE8584CAA73BUL;
        private const ulong MemberSlot = 0x3C6EF372FE94F82BUL;
        private const ulong ElementSlot = 0xA54FF53A5F1D36F1UL;
        private const ulong EntrySlot = 0x510E527FADE682D1UL;
        private const ulong ObjectKeyHash = 0x9B05688C2B3E6C1FUL;

        private readonly Func<object, bool>? _acceptsNullFor;
        private readonly Stack<(object? Value, ulong Path, int Depth)> _pending = new Stack<(object? Value, ulong Path, int Depth)>();
        private readonly List<DictionaryEntry> _entries = new List<DictionaryEntry>();
        private readonly List<object?> _items = new List<object?>();
        private readonly Func<object?, ulong> _strictKeyHash = StrictKeyHash;
        private readonly Func<object?, ulong> _sortedKeyHash = SortedKeyHash;

        // How each comparer met in this pairing hashes leaf keys: most collections share one comparer object.
        private readonly Dictionary<object, Func<object?, ulong>> _keyHashers = new Dictionary<object, Func<object?, ulong>>(ReferenceIdentityComparer.Instance);

        // PERF: what each adapted value presents, read once per fingerprinter (one pairing): every row of a table leads
        // to the table, whose view lists every row, so presenting it again for each row made a set of rows quadratic.
        private readonly Dictionary<object, KeyValuePair<object?, DeepCompareView?>> _presented =
            new Dictionary<object, KeyValuePair<object?, DeepCompareView?>>(ReferenceIdentityComparer.Instance);

        /// <param name="acceptsNullFor">The comparison's acceptance of null for dropped values, which goes by type.</param>
        public KeyFingerprinter(Func<object, bool>? acceptsNullFor)
        {
            _acceptsNullFor = acceptsNullFor;
        }

        /// <summary>The fingerprint of <paramref name="value"/>, a key or a dictionary value of either side.</summary>
        public long Of(object? value, out bool wild)
        {
            wild = false;
            ulong sum = 0;
            _pending.Clear();
            _pending.Push((value, 0UL, 0));
            while (_pending.Count > 0)
            {
                var node = _pending.Pop();

                // Adding each node's hash under its path makes the sum independent of the order nodes are read in.
                sum += Mix(node.Path, Describe(node.Value, node.Path, node.Depth, ref wild));
            }

            return (long)sum;
        }

        private ulong Describe(object? value, ulong path, int depth, ref bool wild)
        {
            var view = Present(ref value);
            if (CompareWalker.ShowsOnlyAttachedStateOfWrapped(view))
            {
                // The walker compares such a wrapper with the object held unwrapped as one (CompareWalker.WrapsAttachedStateOf):
                // both are read as the object, without the members it is attached.
                value = view!.Wrapped;
                view = null;
            }

            // The walker accepts null on the difference side in place of a value the copy drops. Acceptance goes by type,
            // so such a value, its copy and null all hash alike.
            if (value is null || (_acceptsNullFor != null && _acceptsNullFor(value)))
            {
                return NullHash;
            }

            var type = value.GetType();
            var plan = ComparePlanCache.Get(type);
            var hash = (ulong)type.GetHashCode();
            var readsChildren = depth < MaxDepth;
            if (view != null)
            {
                return Mix(hash, DescribeView(view, path, depth, readsChildren, ref wild));
            }

            switch (plan.Kind)
            {
                case CompareKind.Value:
                    return Mix(hash, ValueHash(value, type));
                case CompareKind.Array:
                    var array = (Array)value;
                    hash = Mix(Mix(hash, (ulong)array.Rank), (ulong)array.LongLength);
                    for (var i = 0; readsChildren && plan.IsVector && i < array.Length && i < MaxWidth; i++)
                    {
                        Push(array.GetValue(i), Mix(path, Mix(ElementSlot, (ulong)i)), depth);
                    }

                    return hash;
                case CompareKind.Dictionary:
                    return Mix(hash, DescribeEntries(plan.Dictionary!.Entries(value), KeyHasherOf(value, plan), path, depth, readsChildren));
                case CompareKind.Set:
                    return Mix(hash, DescribeItems(((IEnumerable)value).GetEnumerator(), KeyHasherOf(value, plan), path, depth, readsChildren));
                case CompareKind.Fields:
                    for (var i = 0; readsChildren && i < plan.Fields.Length && i < MaxWidth; i++)
                    {
                        Push(plan.Fields[i].Field.GetValue(value), Mix(path, (ulong)i + 1), depth);
                    }

                    return hash;
                case CompareKind.InlineArray:
                    for (var i = 0; readsChildren && i < plan.ElementCount && i < MaxWidth; i++)
                    {
                        Push(plan.ReadElement!(value, i), Mix(path, Mix(ElementSlot, (ulong)i)), depth);
                    }

                    return hash;
                default:
                    return hash;
            }
        }

        /// <summary>
        /// Type names in order, whether a value is wrapped and the wrapped value, and the members by name. Names are hashed
        /// ignoring case, which is sound for the ordinal comparers only, and only when no two names of the view are alike:
        /// the walker takes a name's first member on the difference side, so a repeated name matches fewer members.
        /// </summary>
        private ulong DescribeView(DeepCompareView view, ulong path, int depth, bool readsChildren, ref bool wild)
        {
            var hash = Mix((ulong)view.Members.Count, (view.HasWrapped ? 1UL : 0UL) | (view.HasTypeNames ? 2UL : 0UL));
            foreach (var name in view.TypeNames)
            {
                hash = Mix(hash, (ulong)StringComparer.Ordinal.GetHashCode(name));
            }

            if (view.HasWrapped && readsChildren)
            {
                Push(view.Wrapped, Mix(path, WrappedSlot), depth);
            }

            var comparer = view.MemberNameComparer;
            wild |= !ReferenceEquals(comparer, StringComparer.Ordinal) && !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase);
            wild |= HasAlikeNames(view.Members);
            foreach (var member in view.Members)
            {
                var slot = Mix(MemberSlot, (ulong)StringComparer.OrdinalIgnoreCase.GetHashCode(member.Key));
                if (readsChildren)
                {
                    Push(member.Value, Mix(path, slot), depth);
                }
                else
                {
                    hash += slot;
                }
            }

            return hash;
        }

        /// <summary>
        /// A dictionary by its size and, when it is small enough to read whole, by its entries in any order: each leaf key
        /// (a framework value, which the walker finds through the other dictionary's comparer) by the hash its comparer
        /// would agree with (see <see cref="KeyHasherOf"/>), each object key by nothing but being one (the walker pairs
        /// those by structure), and each entry's value under its key. Equal dictionaries hold the same number of entries
        /// and keys their comparers call equal, whatever their order.
        /// </summary>
        private ulong DescribeEntries(IDictionaryEnumerator entries, Func<object?, ulong> keyHash, ulong path, int depth, bool readsChildren)
        {
            var hash = CountKeepingFirst(entries, _entries, ReadEntry);
            if (!readsChildren || hash > MaxWidth)
            {
                return hash;
            }

            foreach (var entry in _entries)
            {
                var slot = Mix(EntrySlot, IsLeaf(entry.Key) ? keyHash(entry.Key) : ObjectKeyHash);
                hash += slot;
                Push(entry.Value, Mix(path, slot), depth);
            }

            return hash;
        }

        /// <summary>A set as a dictionary of its items with no values: its size, and when small its items in any order.</summary>
        private ulong DescribeItems(IEnumerator items, Func<object?, ulong> keyHash, ulong path, int depth, bool readsChildren)
        {
            var hash = CountKeepingFirst(items, _items, ReadItem);
            if (!readsChildren || hash > MaxWidth)
            {
                return hash;
            }

            foreach (var item in _items)
            {
                if (IsLeaf(item))
                {
                    hash += Mix(EntrySlot, keyHash(item));
                }
                else
                {
                    // Object items are read like keys' values, under one shared slot: the sum does not depend on order.
                    Push(item, Mix(path, EntrySlot), depth);
                }
            }

            return hash;
        }

        /// <summary>
        /// How leaf keys of a collection with this comparer are hashed, so that keys the walker pairs hash alike: by their
        /// value under the default equality comparer (which the walker then checks by the strict rules), by the comparer's
        /// own hash when it is another of the class library's (StringComparer.OrdinalIgnoreCase, PowerShell's culture-aware
        /// one for <c>@{}</c>), as <see cref="SortedKeyHash"/> under a default order, and not at all under a comparer of the
        /// user's, whose code is not run here, or another order. Decided once per comparer.
        /// </summary>
        private Func<object?, ulong> KeyHasherOf(object collection, ComparePlan plan)
        {
            var comparer = plan.ReadComparer?.Invoke(collection);
            if (comparer is null)
            {
                return _strictKeyHash;
            }

            if (!_keyHashers.TryGetValue(comparer, out var hasher))
            {
                var framework = FrameworkAssemblies.Contains(comparer.GetType().Assembly);
                // Of the class library's other comparers only StringComparer's are hashed with: EqualityComparer<T>.Create and
                // its kin are the class library's too, but call the user's delegates.
                hasher = comparer is IEqualityComparer && framework && DefaultComparers.IsDefault(comparer) ? _strictKeyHash
                    : comparer is StringComparer strings && framework ? key => ComparerHash(strings, key)
                    : DefaultComparers.IsDefault(comparer) ? _sortedKeyHash
                    : _ => ObjectKeyHash;
                _keyHashers.Add(comparer, hasher);
            }

            return hasher;
        }

        /// <summary>
        /// Keys of a sorted collection under its default order (Comparer&lt;T&gt;.Default, Comparer.Default): strings are
        /// ordered, and so matched, by the current culture, which calls some strings of other characters equal ("Å" and
        /// "A" with a combining ring), so they are not hashed by value; numbers, dates and the rest compare as they hash.
        /// </summary>
        private static ulong SortedKeyHash(object? key) => key is string ? ObjectKeyHash : StrictKeyHash(key);

        private static ulong StrictKeyHash(object? key) =>
            key is null ? NullHash : Mix((ulong)key.GetType().GetHashCode(), ValueHash(key, key.GetType()));

        private static ulong ComparerHash(IEqualityComparer comparer, object? key)
        {
            if (key is null)
            {
                return NullHash;
            }

            try
            {
                return (ulong)comparer.GetHashCode(key);
            }
            catch (ArgumentException)
            {
                // A key of a type the comparer does not take: the walker's own lookup decides about it.
                return ObjectKeyHash;
            }
        }

        /// <summary>Counts what <paramref name="items"/> yields and keeps the first <see cref="MaxWidth"/> of them.</summary>
        private static ulong CountKeepingFirst<T>(IEnumerator items, List<T> kept, Func<IEnumerator, T> read)
        {
            kept.Clear();
            var count = 0UL;
            while (items.MoveNext())
            {
                if (++count <= MaxWidth)
                {
                    kept.Add(read(items));
                }
            }

            return count;
        }

        private static DictionaryEntry ReadEntry(IEnumerator entries) => ((IDictionaryEnumerator)entries).Entry;

        private static object? ReadItem(IEnumerator items) => items.Current;

        private static bool IsLeaf(object? value) => value is null || ComparePlanCache.Get(value.GetType()).IsLeafKey;

        private void Push(object? value, ulong path, int parentDepth) => _pending.Push((value, path, parentDepth + 1));

        /// <summary>
        /// <see cref="CompareWalker.Present"/>, once per adapted value: its view is only read here, and presenting the
        /// same value again gives the same view, which key fingerprints already rely on.
        /// </summary>
        private DeepCompareView? Present(ref object? value)
        {
            if (value is null || ComparePlanCache.Get(value.GetType()).Kind != CompareKind.Adapter)
            {
                return null;
            }

            if (!_presented.TryGetValue(value, out var presented))
            {
                // Present first: it replaces a transparent wrapper by what it wraps, and the pair must keep the latter.
                var shown = value;
                var view = CompareWalker.Present(ref shown);
                presented = new KeyValuePair<object?, DeepCompareView?>(shown, view);
                _presented.Add(value, presented);
            }

            value = presented.Key;
            return presented.Value;
        }

        private static bool HasAlikeNames(List<KeyValuePair<string, object?>> members)
        {
            if (members.Count < 2)
            {
                return false;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in members)
            {
                if (!names.Add(member.Key))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A hash that framework values equal by <see cref="ValueEquality"/> share. Where the class library's hash could
        /// tell equal values apart (NaNs with other payloads, 0.0 and -0.0 on .NET Framework), the value is hashed here;
        /// types not listed hash by their type alone, which is sound whatever their equality.
        /// </summary>
        private static ulong ValueHash(object value, Type type)
        {
            switch (value)
            {
                case string text:
                    return (ulong)StringComparer.Ordinal.GetHashCode(text);
                case double number:
                    return double.IsNaN(number) ? 1UL : number == 0 ? 0UL : (ulong)BitConverter.DoubleToInt64Bits(number);
                case float number:
                    return float.IsNaN(number) ? 1UL : number == 0 ? 0UL : (ulong)BitConverter.DoubleToInt64Bits(number);
                case DateTime date:
                    return (ulong)date.Ticks;
                case DateTimeOffset offset:
                    return (ulong)offset.UtcTicks;
                case decimal number:
                    return (ulong)number.GetHashCode();
                case Guid _:
                case TimeSpan _:
                    return (ulong)value.GetHashCode();
            }

            // Enums cannot override GetHashCode: theirs is the class library's, like the primitives'.
            return type.IsPrimitive || type.IsEnum ? (ulong)value.GetHashCode() : 0UL;
        }

        private static ulong Mix(ulong seed, ulong value)
        {
            // splitmix64's finalizer over the two, so that nearby paths and values spread over all bits.
            var x = seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2));
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
