using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="Dictionary{TKey, TValue}"/> with its comparer; keys hash afresh in the copy, except in a
    /// dictionary of immutable keys and values, which is copied whole with its stored hash codes.
    /// </summary>
    internal sealed class DictionaryHandler<TKey, TValue> : BuiltInHandler<Dictionary<TKey, TValue>>
        where TKey : notnull
    {
        private readonly bool _keysImmutable = AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = AlwaysImmutable(typeof(TValue));

        /// <summary>A dictionary of immutable keys and values is copied whole when its shell is made: nothing to fill.</summary>
        public override bool NeedsPopulate => !(_keysImmutable && _valuesImmutable);

        protected override Dictionary<TKey, TValue> CreateShell(Dictionary<TKey, TValue> source, DeepCopyContext context) =>
            _keysImmutable && _valuesImmutable ? CopyBlock(source, context) : new Dictionary<TKey, TValue>(source.Count, source.Comparer);

        protected override void Populate(Dictionary<TKey, TValue> source, Dictionary<TKey, TValue> shell, DeepCopyContext context)
        {
            var position = 0;
            foreach (var pair in source)
            {
                context.TickInsert();
                var key = _keysImmutable ? pair.Key : As<TKey>(context.CopyKey(pair.Key, position));
                var value = _valuesImmutable ? pair.Value : As<TValue>(context.CopyValue(pair.Value, pair.Key));
                shell[key] = value;

                // No one else writes to the shell: an entry that did not add one replaced an earlier key equal to it.
                if (shell.Count <= position)
                {
                    context.ReportKeyCollision(source, pair.Key, position);
                }

                position++;
            }

            EnsureSameCount(source.Count, shell.Count, source, context);
        }

        /// <summary>
        /// PERF: the copy constructor with the source's own comparer copies the entries with their stored hash codes, so
        /// no key is hashed again (what a hand-written copier does). A block copy has no enumerator to notice a writer
        /// on another thread, so the dictionary's version is compared before and after it.
        /// </summary>
        private static Dictionary<TKey, TValue> CopyBlock(Dictionary<TKey, TValue> source, DeepCopyContext context)
        {
            var read = CollectionVersion<Dictionary<TKey, TValue>>.Read;
            if (read == null)
            {
                return CopyByEnumerator(source, context);
            }

            var version = read(source);
            Dictionary<TKey, TValue> copy;
            try
            {
                copy = new Dictionary<TKey, TValue>(source, source.Comparer);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is IndexOutOfRangeException)
            {
                // Entries moved under the copy: a writer on another thread.
                context.ReportSourceChanged(source);
                throw;
            }

            if (read(source) != version)
            {
                context.ReportSourceChanged(source);
            }

            return copy;
        }

        private static Dictionary<TKey, TValue> CopyByEnumerator(Dictionary<TKey, TValue> source, DeepCopyContext context)
        {
            var copy = new Dictionary<TKey, TValue>(source.Count, source.Comparer);
            try
            {
                foreach (var pair in source)
                {
                    context.TickInsert();
                    copy[pair.Key] = pair.Value;
                }
            }
            catch (InvalidOperationException)
            {
                context.ReportSourceChanged(source);
            }

            return copy;
        }
    }
}
