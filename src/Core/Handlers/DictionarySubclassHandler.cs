using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a subclass of <see cref="Dictionary{TKey, TValue}"/>: see <see cref="SubclassRebuilder"/>.</summary>
    internal sealed class DictionarySubclassHandler<TKey, TValue> : DeepCopyHandler
        where TKey : notnull
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;

        public DictionarySubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(Dictionary<TKey, TValue>), new[] { typeof(int), typeof(IEqualityComparer<TKey>) });
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var dictionary = (Dictionary<TKey, TValue>)source;
            return _rebuilder.CreateShell(source, dictionary.Count, dictionary.Comparer);
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            var from = (Dictionary<TKey, TValue>)source;
            var to = (Dictionary<TKey, TValue>)shell;
            var position = 0;
            foreach (var pair in from)
            {
                var key = (TKey)context.CopyKey(pair.Key, position++)!;
                to[key] = (TValue)context.CopyValue(pair.Value, pair.Key)!;
            }

            if (to.Count != from.Count)
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
