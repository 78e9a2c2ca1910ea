using System;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Makes an empty Builder of an immutable hashed collection with a source builder's comparers: the collection's
    /// Empty, given those comparers (WithComparers / WithComparer), then ToBuilder. Reached by name through the public
    /// API of System.Collections.Immutable, which Core does not reference.
    /// </summary>
    internal sealed class ImmutableBuilderFactory
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;
        private readonly object _empty;
        private readonly PropertyInfo[] _comparers;
        private readonly MethodInfo _withComparers;
        private readonly MethodInfo _toBuilder;

        private ImmutableBuilderFactory(Type builder, Type collection, bool isDictionary)
        {
            _empty = collection.GetField("Empty", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            _comparers = isDictionary
                ? new[] { builder.GetProperty("KeyComparer", PublicInstance)!, builder.GetProperty("ValueComparer", PublicInstance)! }
                : new[] { builder.GetProperty("KeyComparer", PublicInstance)! };
            _withComparers = collection.GetMethod(isDictionary ? "WithComparers" : "WithComparer", PublicInstance, null, Array.ConvertAll(_comparers, p => p.PropertyType), null)!;
            _toBuilder = collection.GetMethod("ToBuilder", PublicInstance, null, Type.EmptyTypes, null)!;
            if (_withComparers == null || _toBuilder == null || _toBuilder.ReturnType != builder)
            {
                throw new ArgumentException("Unexpected shape of " + collection + ".");
            }
        }

        /// <summary>The factory for <paramref name="builder"/>, a nested Builder of <paramref name="collection"/>; null for an API shape this code does not expect.</summary>
        public static ImmutableBuilderFactory? TryCreate(Type builder, Type collection, bool isDictionary)
        {
            try
            {
                return new ImmutableBuilderFactory(builder, collection, isDictionary);
            }
            catch (Exception ex) when (ex is NullReferenceException || ex is AmbiguousMatchException || ex is ArgumentException)
            {
                return null;
            }
        }

        /// <summary>A new, empty builder with the comparers of <paramref name="source"/>, which is only read.</summary>
        public object CreateEmpty(object source)
        {
            var withComparers = _withComparers.Invoke(_empty, Array.ConvertAll(_comparers, comparer => comparer.GetValue(source)));
            return _toBuilder.Invoke(withComparers, null)!;
        }
    }
}
