using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Data;
using DeepCopy.Core.Handlers.Data;
using System.Security;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Finds the built-in handler for a type: exact types first (a dictionary lookup), then the rules that cover
    /// subclasses (hashed collections and LinkedList, rebuilt around their base). Subclasses of the other collections
    /// are field-walked: their internals copy right field by field, and rebuilding them would mean running constructors
    /// the engine knows nothing about.
    /// </summary>
    internal static class BuiltInHandlers
    {
        private static readonly Dictionary<Type, Type> GenericHandlers = new Dictionary<Type, Type>
        {
            [typeof(Dictionary<,>)] = typeof(DictionaryHandler<,>),
            [typeof(SortedDictionary<,>)] = typeof(SortedDictionaryHandler<,>),
            [typeof(SortedList<,>)] = typeof(SortedListOfHandler<,>),
            [typeof(ConcurrentDictionary<,>)] = typeof(ConcurrentDictionaryHandler<,>),
            [typeof(ConcurrentBag<>)] = typeof(ConcurrentBagHandler<>),
            [typeof(ConcurrentQueue<>)] = typeof(ConcurrentQueueHandler<>),
            [typeof(HashSet<>)] = typeof(HashSetHandler<>),
            [typeof(SortedSet<>)] = typeof(SortedSetHandler<>),
            [typeof(List<>)] = typeof(ListHandler<>),
            [typeof(LinkedList<>)] = typeof(LinkedListHandler<>),
            [typeof(LinkedListNode<>)] = typeof(LinkedListNodeHandler<>),
            [typeof(ObservableCollection<>)] = typeof(ObservableCollectionHandler<>),
            [typeof(Stack<>)] = typeof(StackHandler<>),
            [typeof(Queue<>)] = typeof(QueueHandler<>),
        };

        // Subclasses rebuilt around their base (see SubclassRebuilder): the hashed generic collections, which store hash
        // codes, and LinkedList, whose nodes have a handler of their own that only the list's handler links back in.
        private static readonly Dictionary<Type, Type> SubclassHandlers = new Dictionary<Type, Type>
        {
            [typeof(Dictionary<,>)] = typeof(DictionarySubclassHandler<,>),
            [typeof(HashSet<>)] = typeof(HashSetSubclassHandler<>),
            [typeof(ConcurrentDictionary<,>)] = typeof(ConcurrentDictionarySubclassHandler<,>),
            [typeof(LinkedList<>)] = typeof(LinkedListSubclassHandler<>),
        };

        private static readonly Dictionary<Type, Func<DeepCopyHandler>> ExactHandlers = new Dictionary<Type, Func<DeepCopyHandler>>
        {
            [typeof(Hashtable)] = () => new HashtableHandler(),
            [typeof(OrderedDictionary)] = () => new OrderedDictionaryHandler(),
            [typeof(SortedList)] = () => new SortedListHandler(),
            [typeof(ArrayList)] = () => new ArrayListHandler(),
            [SynchronizedArrayListHandler.WrapperType] = () => new SynchronizedArrayListHandler(),
            [typeof(Stack)] = () => new NonGenericStackHandler(),
            [typeof(Queue)] = () => new NonGenericQueueHandler(),
            [typeof(SecureString)] = () => new SecureStringHandler(),
            [typeof(System.Threading.SpinLock)] = () => new FreshSpinLockHandler(),
            [typeof(DataSet)] = () => new DataSetHandler(),
            [typeof(DataTable)] = () => new DataTableHandler(),
            [typeof(DataRow)] = () => new DataRowHandler(),
            [typeof(DataColumn)] = () => new DataColumnHandler(),
            [typeof(DataRelation)] = () => new DataRelationHandler(),
            [typeof(UniqueConstraint)] = () => new DataConstraintHandler(typeof(UniqueConstraint)),
            [typeof(ForeignKeyConstraint)] = () => new DataConstraintHandler(typeof(ForeignKeyConstraint)),
        };

        public static DeepCopyHandler? TryCreate(Type type)
        {
            if (ExactHandlers.TryGetValue(type, out var create))
            {
                return create();
            }

            if (type.IsGenericType && GenericHandlers.TryGetValue(type.GetGenericTypeDefinition(), out var handlerDefinition))
            {
                var handlerType = handlerDefinition.MakeGenericType(type.GetGenericArguments());
                return (DeepCopyHandler)Activator.CreateInstance(handlerType)!;
            }

            // The synchronized wrapper is rebuilt around a copy of the table it wraps, made by that table's own handler.
            if (type == SynchronizedHashtableHandler.WrapperType && SynchronizedHashtableHandler.TryCreate() is SynchronizedHashtableHandler synchronized)
            {
                return synchronized;
            }

            // Subclasses of hashed collections store hash codes: they must be rebuilt, not field-copied. The framework's
            // own other subclasses know how to make their empty twin through Clone, which is framework code; any other,
            // even one that overrides Clone, is rebuilt around its base, so none of its code runs and its own fields are
            // copied deep. (PowerShell's OrderedHashtable has a handler of its own.)
            if (type.IsSubclassOf(typeof(Hashtable)))
            {
                return type.Assembly == typeof(Hashtable).Assembly
                    ? new HashtableSubclassHandler(type)
                    : (DeepCopyHandler)new HashtableRebuiltSubclassHandler(type);
            }

            // A table's or set's own collections resolve to the owner's copy's, like its rows and columns.
            if (DataOwnedCollectionHandler.TryCreate(type) is DataOwnedCollectionHandler owned)
            {
                return owned;
            }

            var byName = (DeepCopyHandler?)ImmutableKeyedHandler.TryCreate(type) ?? NamedCollectionHandlers.TryCreate(type) ?? FreshLockHandler.TryCreate(type) ?? (DeepCopyHandler?)FreshSignalHandler.TryCreate(type);
            if (byName != null)
            {
                return byName;
            }

            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (!current.IsGenericType)
                {
                    continue;
                }

                var definition = current.GetGenericTypeDefinition();
                if (SubclassHandlers.TryGetValue(definition, out var subclassHandler))
                {
                    var handlerType = subclassHandler.MakeGenericType(current.GetGenericArguments());
                    return (DeepCopyHandler)Activator.CreateInstance(handlerType, type)!;
                }

                if (definition.FullName == "System.Collections.Generic.OrderedDictionary`2")
                {
                    // .NET 9's, which netstandard2.0 cannot name; it has the shape of Dictionary that the rebuild needs.
                    var handlerType = typeof(DictionarySubclassHandler<,>).MakeGenericType(current.GetGenericArguments());
                    return (DeepCopyHandler)Activator.CreateInstance(handlerType, type, current)!;
                }
            }

            return null;
        }
    }
}
