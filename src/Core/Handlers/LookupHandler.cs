using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds what <c>Enumerable.ToLookup</c> makes (System.Linq's Lookup and its subclasses) through ToLookup itself,
    /// with the source's comparer: a lookup stores each key's hash code in its grouping, so a field copy would lose keys
    /// that hash by identity. Groupings keep their order and so do the elements in each. A grouping held elsewhere in the
    /// graph and reached after the lookup is the copy's grouping of its key; one reached before the lookup is copied on
    /// its own (it does not know its lookup), so it is copied twice rather than shared.
    /// </summary>
    internal sealed class LookupHandler<TKey, TElement> : WholeCopyHandler
    {
        private readonly bool _keysImmutable = SlotTypes.AlwaysImmutable(typeof(TKey));
        private readonly bool _elementsImmutable = SlotTypes.AlwaysImmutable(typeof(TElement));
        private readonly FieldInfo _comparer;

        public LookupHandler(Type type, FieldInfo comparer)
            : base(type)
        {
            _comparer = comparer;
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var copied = new List<KeyValuePair<TKey, TElement>>();
            var position = 0;
            foreach (var grouping in (ILookup<TKey, TElement>)source)
            {
                context.Tick();
                var key = _keysImmutable ? grouping.Key : As<TKey>(context.CopyKey(grouping.Key, position));
                foreach (var element in grouping)
                {
                    context.Tick();
                    copied.Add(new KeyValuePair<TKey, TElement>(key, _elementsImmutable ? element : CopyValue(element, grouping.Key, context)));
                }

                position++;
            }

            var comparer = (IEqualityComparer<TKey>?)_comparer.GetValue(source);
            var lookup = copied.ToLookup(pair => pair.Key, pair => pair.Value, comparer);

            // ToLookup merges the groupings of equal keys: fewer groupings means two copied keys became equal.
            if (lookup.Count < position)
            {
                var repeat = RepeatedKeys.FirstRepeat(GroupingKeys((ILookup<TKey, TElement>)source, copied), comparer);
                context.ReportKeyCollision(source, RepeatedKeys.At((ILookup<TKey, TElement>)source, repeat).Key!, repeat);
            }

            RegisterGroupings((ILookup<TKey, TElement>)source, lookup, context);
            return lookup;
        }

        /// <summary>
        /// Makes each rebuilt grouping the copy of the source's grouping of the same key (ToLookup keeps the source's order
        /// of keys), so a grouping held elsewhere in the graph and reached after the lookup is the copied lookup's own.
        /// One reached before was copied on its own already, with the whole chain of groupings it links to; it stays so.
        /// </summary>
        private static void RegisterGroupings(ILookup<TKey, TElement> source, ILookup<TKey, TElement> copy, DeepCopyContext context)
        {
            using (var copies = copy.GetEnumerator())
            {
                foreach (var grouping in source)
                {
                    if (!copies.MoveNext())
                    {
                        return;
                    }

                    if (!context.Map.TryGetValue(grouping, out _))
                    {
                        context.Map.Add(grouping, copies.Current);
                    }
                }
            }
        }

        /// <summary>The copied key of each grouping, in order: each grouping's elements follow its key in <paramref name="copied"/>.</summary>
        private static List<TKey> GroupingKeys(ILookup<TKey, TElement> source, List<KeyValuePair<TKey, TElement>> copied)
        {
            var keys = new List<TKey>(source.Count);
            var offset = 0;
            foreach (var grouping in source)
            {
                keys.Add(copied[offset].Key);
                offset += grouping.Count();
            }

            return keys;
        }

        internal override IEnumerable<WholeCopyPart> Parts(object source)
        {
            var position = 0;
            foreach (var grouping in (ILookup<TKey, TElement>)source)
            {
                yield return WholeCopyPart.Key(grouping.Key, position++);
                foreach (var element in grouping)
                {
                    yield return WholeCopyPart.ValueAt(element, grouping.Key);
                }
            }
        }
    }
}
