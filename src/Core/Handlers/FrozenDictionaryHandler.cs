using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a FrozenDictionary (System.Collections.Frozen, .NET 8+) through <c>FrozenDictionary.ToFrozenDictionary</c>
    /// with the source's comparer. Its implementations store their keys' hash codes, so a field copy would lose every
    /// key that hashes by identity; the framework also picks the implementation from the keys, so rebuilding is the only
    /// way to get the structure right. Found by name: Core targets netstandard2.0 and does not reference the package.
    /// </summary>
    internal sealed class FrozenDictionaryHandler<TKey, TValue> : WholeCopyHandler
        where TKey : notnull
    {
        private readonly bool _keysImmutable = SlotTypes.AlwaysImmutable(typeof(TKey));
        private readonly bool _valuesImmutable = SlotTypes.AlwaysImmutable(typeof(TValue));
        private readonly PropertyInfo _comparer;
        private readonly Func<IEnumerable<KeyValuePair<TKey, TValue>>, IEqualityComparer<TKey>?, object> _freeze;

        public FrozenDictionaryHandler(Type type, Type frozenBase, MethodInfo toFrozenDictionary)
            : base(type)
        {
            _comparer = frozenBase.GetProperty("Comparer", BindingFlags.Public | BindingFlags.Instance)!;
            _freeze = (Func<IEnumerable<KeyValuePair<TKey, TValue>>, IEqualityComparer<TKey>?, object>)Delegate.CreateDelegate(
                typeof(Func<IEnumerable<KeyValuePair<TKey, TValue>>, IEqualityComparer<TKey>?, object>),
                toFrozenDictionary.MakeGenericMethod(typeof(TKey), typeof(TValue)));
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var entries = (IReadOnlyDictionary<TKey, TValue>)source;
            var copied = new List<KeyValuePair<TKey, TValue>>(entries.Count);
            var position = 0;
            foreach (var pair in entries)
            {
                context.Tick();
                var key = _keysImmutable ? pair.Key : As<TKey>(context.CopyKey(pair.Key, position));
                var value = _valuesImmutable ? pair.Value : CopyValue(pair.Value, pair.Key, context);
                copied.Add(new KeyValuePair<TKey, TValue>(key, value));
                position++;
            }

            var comparer = (IEqualityComparer<TKey>?)_comparer.GetValue(source);
            var frozen = _freeze(copied, comparer);

            // ToFrozenDictionary keeps the last of equal keys: a smaller dictionary means two copied keys became equal.
            if (((IReadOnlyCollection<KeyValuePair<TKey, TValue>>)frozen).Count < copied.Count)
            {
                var repeat = RepeatedKeys.FirstRepeat(copied.ConvertAll(pair => pair.Key), comparer);
                context.ReportKeyCollision(source, RepeatedKeys.At(entries, repeat).Key, repeat);
            }

            return frozen;
        }

        internal override IEnumerable<WholeCopyPart> Parts(object source)
        {
            var position = 0;
            foreach (var pair in (IReadOnlyDictionary<TKey, TValue>)source)
            {
                yield return WholeCopyPart.Key(pair.Key, position++);
                yield return WholeCopyPart.ValueAt(pair.Value, pair.Key);
            }
        }
    }
}
