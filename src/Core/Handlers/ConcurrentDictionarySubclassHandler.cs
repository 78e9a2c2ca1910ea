using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a subclass of <see cref="ConcurrentDictionary{TKey, TValue}"/> with its comparer (see
    /// <see cref="SubclassRebuilder"/>): it stores its keys' hash codes, so a field copy would lose keys that hash by
    /// identity. Filled from the moment-in-time view its enumerator gives, as <see cref="ConcurrentDictionaryHandler{TKey, TValue}"/> is.
    /// </summary>
    internal sealed class ConcurrentDictionarySubclassHandler<TKey, TValue> : DeepCopyHandler
        where TKey : notnull
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;

        public ConcurrentDictionarySubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(ConcurrentDictionary<TKey, TValue>), new[] { typeof(IEqualityComparer<TKey>) });
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override string? UnsupportedReason => ConcurrentDictionaryComparer<TKey, TValue>.UnboundReason;

        public override object CreateShell(object source, DeepCopyContext context) =>
            _rebuilder.CreateShell(source, ConcurrentDictionaryHandler<TKey, TValue>.ComparerOf(source));

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            var to = (ConcurrentDictionary<TKey, TValue>)shell;
            var position = 0;
            foreach (var pair in (ConcurrentDictionary<TKey, TValue>)source)
            {
                var key = (TKey)context.CopyKey(pair.Key, position)!;
                if (!to.TryAdd(key, (TValue)context.CopyValue(pair.Value, pair.Key)!))
                {
                    // The key's copy equals an earlier key's copy: the copy would be one entry short.
                    context.ReportKeyCollision(source, pair.Key, position);
                }

                position++;
            }
        }
    }
}
