using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="Dictionary{TKey, TValue}"/> with its comparer; keys hash afresh in the copy.</summary>
    internal sealed class DictionaryHandler<TKey, TValue> : BuiltInHandler<Dictionary<TKey, TValue>>
        where TKey : notnull
    {
        private readonly bool _keysImmutable = AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = AlwaysImmutable(typeof(TValue));

        protected override Dictionary<TKey, TValue> CreateShell(Dictionary<TKey, TValue> source, DeepCopyContext context) =>
            new Dictionary<TKey, TValue>(source.Count, source.Comparer);

        protected override void Populate(Dictionary<TKey, TValue> source, Dictionary<TKey, TValue> shell, DeepCopyContext context)
        {
            var position = 0;
            foreach (var pair in source)
            {
                var key = _keysImmutable ? pair.Key : As<TKey>(context.CopyKey(pair.Key, position));
                var value = _valuesImmutable ? pair.Value : As<TValue>(context.CopyValue(pair.Value, pair.Key));
                shell[key] = value;
                position++;
            }

            EnsureSameCount(source.Count, shell.Count, source, context);
        }
    }
}
