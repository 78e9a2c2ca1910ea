using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds System.Collections.Immutable's keyed collections through their comparers: the hashed ones
    /// (ImmutableDictionary, ImmutableHashSet) store hash codes in their trees, and the sorted ones (ImmutableSortedDictionary,
    /// ImmutableSortedSet) keep their keys in the order their comparer gave the source's keys. A field copy would lose keys
    /// that hash by identity, or that a comparer orders by identity, and would keep two keys whose copies became equal.
    /// A sorted one whose key type is always taken as it is (string, primitives) is left to the field walker (see TryCreate).
    /// All four share one API (Empty, KeyComparer, WithComparer(s), ToBuilder, and the Builder's Add or indexer, Count and
    /// ToImmutable). They cannot be filled after they exist, so the whole copy is made here (see <see cref="WholeCopyHandler"/>). Found by name,
    /// so Core needs no reference to the package; reached through the collections' own public API.
    /// </summary>
    internal sealed class ImmutableKeyedHandler : WholeCopyHandler
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;
        private readonly bool _isDictionary;
        private readonly bool _valuesAreStructs;

        // PERF: bound once per closed type. A Builder grows one tree in place (about one node per key); an Add on the
        // immutable collection makes a new path from the root per key, and MethodInfo.Invoke an array and a frame more
        // (review 5, F4: 82-87 MB to copy 100,000 string keys, against 5 MB for a SortedDictionary).
        private readonly Func<object, object> _emptyBuilderLike;
        private readonly Func<object, object?, object?, bool> _add;
        private readonly Func<object, object> _toImmutable;

        private ImmutableKeyedHandler(Type type, bool isDictionary)
            : base(type)
        {
            _isDictionary = isDictionary;
            var arguments = type.GetGenericArguments();
            _valuesAreStructs = isDictionary && arguments[1].IsValueType;
            var comparers = isDictionary
                ? new[] { type.GetProperty("KeyComparer", PublicInstance)!, type.GetProperty("ValueComparer", PublicInstance)! }
                : new[] { type.GetProperty("KeyComparer", PublicInstance)! };
            var withComparers = type.GetMethod(isDictionary ? "WithComparers" : "WithComparer", PublicInstance, null, Array.ConvertAll(comparers, p => p.PropertyType), null)!;
            var toBuilder = type.GetMethod("ToBuilder", PublicInstance, null, Type.EmptyTypes, null)!;
            var builder = toBuilder.ReturnType;

            var source = Expression.Parameter(typeof(object), "source");
            var typedSource = Expression.Convert(source, type);
            var empty = Expression.Field(null, type.GetField("Empty", BindingFlags.Public | BindingFlags.Static)!);
            var withSourceComparers = Expression.Call(empty, withComparers, Array.ConvertAll(comparers, p => (Expression)Expression.Property(typedSource, p)));
            _emptyBuilderLike = Expression.Lambda<Func<object, object>>(Expression.Call(withSourceComparers, toBuilder), source).Compile();

            var target = Expression.Parameter(typeof(object), "builder");
            var typedBuilder = Expression.Convert(target, builder);
            _toImmutable = Expression.Lambda<Func<object, object>>(
                Expression.Call(typedBuilder, builder.GetMethod("ToImmutable", PublicInstance, null, Type.EmptyTypes, null)!), target).Compile();
            var key = Expression.Parameter(typeof(object), "key");
            var value = Expression.Parameter(typeof(object), "value");
            _add = Expression.Lambda<Func<object, object?, object?, bool>>(
                isDictionary ? SetAndCheckGrowth(builder, typedBuilder, key, value, arguments) : Expression.Call(typedBuilder, builder.GetMethod("Add", PublicInstance, null, arguments, null)!, Expression.Convert(key, arguments[0])),
                target,
                key,
                value).Compile();
        }

        public static ImmutableKeyedHandler? TryCreate(Type type)
        {
            if (!type.IsGenericType || type.Namespace != "System.Collections.Immutable")
            {
                return null;
            }

            var name = type.GetGenericTypeDefinition().Name;
            var isDictionary = name == "ImmutableDictionary`2" || name == "ImmutableSortedDictionary`2";
            var isSorted = name == "ImmutableSortedDictionary`2" || name == "ImmutableSortedSet`1";
            if (!isDictionary && name != "ImmutableHashSet`1" && !isSorted)
            {
                return null;
            }

            // A sorted tree stores no hash codes: when every key is its own copy, the source's tree orders the copy's keys
            // as its comparer (shared, like every comparer) does, so the field walker copies it shape for shape, with no
            // comparison and no collision possible. The hashed ones are rebuilt always (identity-hashed values, ...).
            if (isSorted && SlotTypes.AlwaysTakenAsIs(type.GetGenericArguments()[0]))
            {
                return null;
            }

            try
            {
                return new ImmutableKeyedHandler(type, isDictionary);
            }
            catch (Exception ex) when (ex is NullReferenceException || ex is AmbiguousMatchException || ex is ArgumentException || ex is InvalidOperationException)
            {
                // An unexpected shape of the API (another version): the field walker takes over.
                return null;
            }
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var builder = _emptyBuilderLike(source);
            var position = 0;
            if (_isDictionary)
            {
                var entries = ((IDictionary)source).GetEnumerator();
                while (entries.MoveNext())
                {
                    var key = context.CopyKey(entries.Key, position);
                    // The builder unboxes a struct value at once, so its box must be filled first.
                    var value = _valuesAreStructs ? context.CopyStructValue(entries.Value, entries.Key) : context.CopyValue(entries.Value, entries.Key);
                    if (!_add(builder, key, value))
                    {
                        context.ReportKeyCollision(source, entries.Key, position);
                    }

                    position++;
                }
            }
            else
            {
                foreach (var item in (IEnumerable)source)
                {
                    if (!_add(builder, context.CopyKey(item, position), null))
                    {
                        context.ReportKeyCollision(source, item!, position);
                    }

                    position++;
                }
            }

            return _toImmutable(builder);
        }

        /// <summary>
        /// builder[key] = value, true when that made the builder larger. Not Add: it throws for a key held already with
        /// another value, and keeps it silently with an equal one; either way the key's copy equals an earlier key's copy.
        /// </summary>
        private static Expression SetAndCheckGrowth(Type builder, Expression typedBuilder, Expression key, Expression value, Type[] arguments)
        {
            var count = builder.GetProperty("Count", PublicInstance)!;
            var before = Expression.Variable(typeof(int), "before");
            var item = builder.GetProperty("Item", PublicInstance, null, arguments[1], new[] { arguments[0] }, null)!;
            return Expression.Block(
                new[] { before },
                Expression.Assign(before, Expression.Property(typedBuilder, count)),
                Expression.Assign(Expression.Property(typedBuilder, item, Expression.Convert(key, arguments[0])), Expression.Convert(value, arguments[1])),
                Expression.GreaterThan(Expression.Property(typedBuilder, count), before));
        }

        internal override IEnumerable<WholeCopyPart> Parts(object source)
        {
            var position = 0;
            if (_isDictionary)
            {
                var entries = ((IDictionary)source).GetEnumerator();
                while (entries.MoveNext())
                {
                    yield return WholeCopyPart.Key(entries.Key, position++);
                    yield return WholeCopyPart.ValueAt(entries.Value, entries.Key);
                }

                yield break;
            }

            foreach (var item in (IEnumerable)source)
            {
                yield return WholeCopyPart.Key(item, position++);
            }
        }
    }
}
