using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// What a class-library collection compared by its items keeps besides them and acts on: a BlockingCollection's bound,
    /// whether adding was completed and the kind of collection it takes items from (a queue or a stack), a Queue's growth
    /// factor, and the type of the list a Collection wraps (over an array it is read-only, fixed size). A copy keeps all of them (it copies the fields). Capacities and other sizes are not settings: the same items
    /// in a larger buffer behave alike. Public properties are read where the class library has them, private fields by
    /// name where it has none; a runtime that renamed a field has that setting left out, not the comparison stopped.
    /// </summary>
    internal sealed class CollectionSettings
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        // BlockingCollection's underlying collection: .NET's name, then .NET Framework's.
        private static readonly string[] BlockingCollectionInnerFields = { "_collection", "m_collection" };

        // Queue's growth factor, kept in hundredths (200 for the default 2.0) by .NET and .NET Framework alike.
        private static readonly FieldInfo? QueueGrowFactor = typeof(Queue).GetField("_growFactor", Instance);

        private CollectionSettings(CollectionSetting[] values, Func<object, object?>? readWrapped)
        {
            Values = values;
            ReadWrapped = readWrapped;
        }

        /// <summary>Settings compared as members of their name, each read without running any of the user's code.</summary>
        public CollectionSetting[] Values { get; }

        /// <summary>Reads the collection this one wraps, whose type is compared (its items are compared through the wrapper); null when none.</summary>
        public Func<object, object?>? ReadWrapped { get; }

        /// <summary>The settings of <paramref name="type"/>, or null for a collection that has none of these.</summary>
        public static CollectionSettings? For(Type type)
        {
            var values = new List<CollectionSetting>();
            Func<object, object?>? readWrapped = null;
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(BlockingCollection<>))
                {
                    AddProperty(values, declaring, nameof(BlockingCollection<int>.BoundedCapacity));
                    AddProperty(values, declaring, nameof(BlockingCollection<int>.IsAddingCompleted));
                    readWrapped = FieldReader(declaring, BlockingCollectionInnerFields);
                }
                else if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Collection<>))
                {
                    // Add, Insert and Remove go to the wrapped list: over an array they throw. A ReadOnlyCollection
                    // refuses them whatever it wraps, so what it wraps is not a setting of its own.
                    readWrapped = CollectionWrappers.WrappedReader(declaring);
                }
                else if (declaring == typeof(Queue) && QueueGrowFactor != null)
                {
                    values.Add(new CollectionSetting("GrowFactor", GrowFactorReader(QueueGrowFactor)));
                }
            }

            return values.Count == 0 && readWrapped is null ? null : new CollectionSettings(values.ToArray(), readWrapped);
        }

        /// <summary>A public property the class library declares on <paramref name="declaring"/> (not virtual there: a subclass cannot run code in its place).</summary>
        private static void AddProperty(List<CollectionSetting> values, Type declaring, string name)
        {
            var getter = declaring.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)?.GetGetMethod();
            if (getter is null || getter.IsVirtual || getter.GetParameters().Length != 0)
            {
                return;
            }

            // Called directly, not through reflection, so a disposed collection's ObjectDisposedException comes out as itself.
            var target = Expression.Parameter(typeof(object), "target");
            var read = Expression.Convert(Expression.Call(Expression.Convert(target, declaring), getter), typeof(object));
            values.Add(new CollectionSetting(name, Expression.Lambda<Func<object, object?>>(read, target).Compile()));
        }

        private static Func<object, object?>? FieldReader(Type declaring, string[] names)
        {
            foreach (var name in names)
            {
                var field = declaring.GetField(name, Instance | BindingFlags.DeclaredOnly);
                if (field != null)
                {
                    return field.GetValue;
                }
            }

            return null;
        }

        /// <summary>The factor as the constructor took it (2.0), whether the runtime keeps it in hundredths or as a float.</summary>
        private static Func<object, object?> GrowFactorReader(FieldInfo field) =>
            field.FieldType == typeof(int)
                ? target => (int)field.GetValue(target)! / 100.0
                : (Func<object, object?>)field.GetValue;
    }
}
