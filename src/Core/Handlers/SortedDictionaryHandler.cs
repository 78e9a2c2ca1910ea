using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="SortedDictionary{TKey, TValue}"/> with its comparer.</summary>
    internal sealed class SortedDictionaryHandler<TKey, TValue> : BuiltInHandler<SortedDictionary<TKey, TValue>>
        where TKey : notnull
    {
        private readonly bool _keysImmutable = AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = AlwaysImmutable(typeof(TValue));

        protected override SortedDictionary<TKey, TValue> CreateShell(SortedDictionary<TKey, TValue> source, DeepCopyContext context) =>
            new SortedDictionary<TKey, TValue>(source.Comparer);

        protected override void Populate(SortedDictionary<TKey, TValue> source, SortedDictionary<TKey, TValue> shell, DeepCopyContext context)
        {
            var position = 0;
            foreach (var pair in source)
            {
                var key = _keysImmutable ? pair.Key : As<TKey>(context.CopyKey(pair.Key, position));
                shell[key] = _valuesImmutable ? pair.Value : As<TValue>(context.CopyValue(pair.Value, pair.Key));
                position++;
            }

            EnsureSameCount(source.Count, shell.Count, source, context);
        }
    }
}
