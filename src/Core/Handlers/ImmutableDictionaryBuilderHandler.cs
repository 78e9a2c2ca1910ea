using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an ImmutableDictionary's Builder with the source's key and value comparers. Like the dictionary, it stores
    /// its keys' hash codes in its tree, so a field copy would lose keys that hash by identity. Unlike the dictionary it
    /// can be filled after it exists, so it is filled like any keyed collection. Made from the dictionary's Empty, never
    /// from the source (whose ToImmutable would cache a result in it). Found by name, like <see cref="ImmutableKeyedHandler"/>.
    /// </summary>
    internal sealed class ImmutableDictionaryBuilderHandler<TKey, TValue> : KeyedCollectionHandler<IDictionary<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        private readonly Type _type;
        private readonly ImmutableBuilderFactory _factory;

        public ImmutableDictionaryBuilderHandler(Type type, ImmutableBuilderFactory factory)
        {
            _type = type;
            _factory = factory;
        }

        public override bool CanHandle(Type type) => type == _type;

        protected override IDictionary<TKey, TValue> CreateShell(IDictionary<TKey, TValue> source, DeepCopyContext context) =>
            (IDictionary<TKey, TValue>)_factory.CreateEmpty(source);
    }
}
