using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a System.Collections.Generic.OrderedDictionary (.NET 9+) with its comparer, in order: it stores its keys'
    /// hash codes like Dictionary does. Found by name, since Core targets netstandard2.0; made through the framework's
    /// (capacity, comparer) constructor, then filled by the shared keyed fill, whose indexer writes append.
    /// </summary>
    internal sealed class GenericOrderedDictionaryHandler<TKey, TValue> : KeyedCollectionHandler<IDictionary<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        private readonly Type _type;
        private readonly ConstructorInfo _constructor;
        private readonly PropertyInfo _comparer;

        public GenericOrderedDictionaryHandler(Type type, ConstructorInfo constructor, PropertyInfo comparer)
        {
            _type = type;
            _constructor = constructor;
            _comparer = comparer;
        }

        public override bool CanHandle(Type type) => type == _type;

        protected override IDictionary<TKey, TValue> CreateShell(IDictionary<TKey, TValue> source, DeepCopyContext context) =>
            (IDictionary<TKey, TValue>)_constructor.Invoke(new object?[] { source.Count, _comparer.GetValue(source) });
    }
}
