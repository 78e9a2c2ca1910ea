using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// The shared fill of the generic keyed collections (sorted dictionaries and lists, concurrent dictionaries):
    /// keys copied to completion before insertion, values as shells, each insertion checked for a key whose copy equals an
    /// earlier one's, then a count check. Each subclass only says how to make an empty instance with the source's comparer.
    /// </summary>
    internal abstract class KeyedCollectionHandler<TCollection, TKey, TValue> : BuiltInHandler<TCollection>
        where TCollection : class, IDictionary<TKey, TValue>
        where TKey : notnull
    {
        private readonly bool _keysImmutable = AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = AlwaysImmutable(typeof(TValue));

        /// <summary>False for collections built to be read while written (ConcurrentDictionary): their count may move.</summary>
        protected virtual bool ChecksCount => true;

        /// <summary>
        /// Stores the entry at <paramref name="position"/> of the enumeration; false when it added none, because its key
        /// equals an earlier copied key. No one else writes to the shell, so its count tells.
        /// </summary>
        protected virtual bool Insert(TCollection shell, TKey key, TValue value, int position)
        {
            shell[key] = value;
            return shell.Count > position;
        }

        protected override void Populate(TCollection source, TCollection shell, DeepCopyContext context)
        {
            var position = 0;
            foreach (var pair in source)
            {
                context.TickInsert();
                var key = _keysImmutable ? pair.Key : As<TKey>(context.CopyKey(pair.Key, position));
                if (!Insert(shell, key, _valuesImmutable ? pair.Value : As<TValue>(context.CopyValue(pair.Value, pair.Key)), position))
                {
                    context.ReportKeyCollision(source, pair.Key, position);
                }

                position++;
            }

            if (ChecksCount)
            {
                EnsureSameCount(source.Count, shell.Count, source, context);
            }
        }
    }
}
