using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq.Expressions;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents a <c>PriorityQueue&lt;TElement, TPriority&gt;</c> (.NET 6+) by its priority comparer and its (element,
    /// priority) pairs as the member <c>Items</c>, a dictionary from each element (<see cref="PriorityQueueElement"/>)
    /// to its priority. Its fields are a heap array whose layout depends on the order of insertion, with spare slots and
    /// a version count, so two queues that dequeue the same pairs differed field by field. The pairs are a multiset, as
    /// UnorderedItems lists them: which of two equal priorities is dequeued first is not part of a queue's contract.
    /// Found by name, since netstandard2.0 has no PriorityQueue.
    /// </summary>
    internal sealed class PriorityQueueCompareAdapter : DeepCompareAdapter
    {
        private const string Definition = "System.Collections.Generic.PriorityQueue`2";

        // A TypeTable, so a queue of a type the host may unload does not keep that type alive.
        private static readonly TypeTable<Shape> Shapes = new TypeTable<Shape>();
        private static readonly Func<Type, Shape> BuildShape = Shape.Build;

        public override bool CanHandle(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition().FullName == Definition && FrameworkAssemblies.Contains(type.Assembly);

        public override void Describe(object value, DeepCompareView view)
        {
            var shape = Shapes.GetOrAdd(value.GetType(), BuildShape);
            var items = new Dictionary<PriorityQueueElement, object?>();

            // UnorderedItems makes its collection once and keeps it in the queue: a cache, not a change of its pairs.
            foreach (var pair in shape.UnorderedItems(value))
            {
                items.Add(new PriorityQueueElement(shape.Element(pair)), shape.Priority(pair));
            }

            view.SetComparer(shape.Comparer(value), "priorities");
            view.AddMember("Items", items);
        }

        /// <summary>Readers of one closed queue type, compiled once: its pairs, its comparer, and the two halves of a pair.</summary>
        private sealed class Shape
        {
            private Shape(Func<object, IEnumerable> unorderedItems, Func<object, object?> comparer, Func<object, object?> element, Func<object, object?> priority)
            {
                UnorderedItems = unorderedItems;
                Comparer = comparer;
                Element = element;
                Priority = priority;
            }

            public Func<object, IEnumerable> UnorderedItems { get; }

            public Func<object, object?> Comparer { get; }

            public Func<object, object?> Element { get; }

            public Func<object, object?> Priority { get; }

            public static Shape Build(Type type)
            {
                // UnorderedItems yields (TElement Element, TPriority Priority) value tuples, boxed through IEnumerable.
                var pairType = typeof(ValueTuple<,>).MakeGenericType(type.GetGenericArguments());
                return new Shape(
                    Read<IEnumerable>(type, "UnorderedItems"),
                    Read<object?>(type, "Comparer"),
                    ReadField(pairType, "Item1"),
                    ReadField(pairType, "Item2"));
            }

            private static Func<object, T> Read<T>(Type type, string property)
            {
                var value = Expression.Parameter(typeof(object), "value");
                var read = Expression.Property(Expression.Convert(value, type), property);
                return Expression.Lambda<Func<object, T>>(Expression.Convert(read, typeof(T)), value).Compile();
            }

            private static Func<object, object?> ReadField(Type pairType, string field)
            {
                var pair = Expression.Parameter(typeof(object), "pair");
                var read = Expression.Field(Expression.Convert(pair, pairType), field);
                return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), pair).Compile();
            }
        }
    }
}
