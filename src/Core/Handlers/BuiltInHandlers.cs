using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Security;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Finds the built-in handler for a type: exact types first (a dictionary lookup), then the one rule that
    /// covers subclasses. Subclasses of the other collections are field-walked, because rebuilding them would
    /// mean running constructors the engine knows nothing about.
    /// </summary>
    internal static class BuiltInHandlers
    {
        private static readonly Dictionary<Type, Type> GenericHandlers = new Dictionary<Type, Type>
        {
            [typeof(Dictionary<,>)] = typeof(DictionaryHandler<,>),
            [typeof(SortedDictionary<,>)] = typeof(SortedDictionaryHandler<,>),
            [typeof(SortedList<,>)] = typeof(SortedListOfHandler<,>),
            [typeof(ConcurrentDictionary<,>)] = typeof(ConcurrentDictionaryHandler<,>),
            [typeof(HashSet<>)] = typeof(HashSetHandler<>),
            [typeof(SortedSet<>)] = typeof(SortedSetHandler<>),
            [typeof(List<>)] = typeof(ListHandler<>),
            [typeof(LinkedList<>)] = typeof(LinkedListHandler<>),
            [typeof(ObservableCollection<>)] = typeof(ObservableCollectionHandler<>),
            [typeof(Stack<>)] = typeof(StackHandler<>),
            [typeof(Queue<>)] = typeof(QueueHandler<>),
        };

        private static readonly Dictionary<Type, Func<DeepCopyHandler>> ExactHandlers = new Dictionary<Type, Func<DeepCopyHandler>>
        {
            [typeof(Hashtable)] = () => new HashtableHandler(),
            [typeof(OrderedDictionary)] = () => new OrderedDictionaryHandler(),
            [typeof(SortedList)] = () => new SortedListHandler(),
            [typeof(ArrayList)] = () => new ArrayListHandler(),
            [typeof(Stack)] = () => new NonGenericStackHandler(),
            [typeof(Queue)] = () => new NonGenericQueueHandler(),
            [typeof(SecureString)] = () => new SecureStringHandler(),
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

            // Hashtable subclasses (OrderedHashtable, synchronized wrappers) hash their keys: they must be rebuilt.
            if (type.IsSubclassOf(typeof(Hashtable)))
            {
                return new HashtableSubclassHandler(type);
            }

            return null;
        }
    }
}
