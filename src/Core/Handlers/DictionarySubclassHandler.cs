using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a subclass of <see cref="Dictionary{TKey, TValue}"/>, or of .NET 9's generic OrderedDictionary (found by
    /// name), which share the shape this needs: a (capacity, comparer) constructor and a Comparer property. See
    /// <see cref="SubclassRebuilder"/>. Entries are added in the source's order, which an OrderedDictionary keeps.
    /// </summary>
    internal sealed class DictionarySubclassHandler<TKey, TValue> : DeepCopyHandler
        where TKey : notnull
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;
        private readonly PropertyInfo _comparer;

        public DictionarySubclassHandler(Type type)
            : this(type, typeof(Dictionary<TKey, TValue>))
        {
        }

        public DictionarySubclassHandler(Type type, Type baseType)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, baseType, new[] { typeof(int), typeof(IEqualityComparer<TKey>) });
            _comparer = baseType.GetProperty("Comparer", BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException(baseType + " has no Comparer property.");
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context) =>
            _rebuilder.CreateShell(source, ((ICollection<KeyValuePair<TKey, TValue>>)source).Count, _comparer.GetValue(source));

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            var from = (IDictionary<TKey, TValue>)source;
            var to = (IDictionary<TKey, TValue>)shell;
            var position = 0;
            foreach (var pair in from)
            {
                var key = (TKey)context.CopyKey(pair.Key, position)!;
                to[key] = (TValue)context.CopyValue(pair.Value, pair.Key)!;

                // No one else writes to the shell: an entry that did not add one replaced an earlier key equal to it.
                if (to.Count <= position)
                {
                    context.ReportKeyCollision(source, pair.Key, position);
                }

                position++;
            }

            if (to.Count != from.Count)
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
