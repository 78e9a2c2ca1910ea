using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a generic <see cref="SortedList{TKey, TValue}"/> with its comparer.</summary>
    internal sealed class SortedListOfHandler<TKey, TValue> : BuiltInHandler<SortedList<TKey, TValue>>
        where TKey : notnull
    {
        private readonly bool _keysImmutable = AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = AlwaysImmutable(typeof(TValue));

        protected override SortedList<TKey, TValue> CreateShell(SortedList<TKey, TValue> source, DeepCopyContext context) =>
            new SortedList<TKey, TValue>(source.Count, source.Comparer);

        protected override void Populate(SortedList<TKey, TValue> source, SortedList<TKey, TValue> shell, DeepCopyContext context)
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
