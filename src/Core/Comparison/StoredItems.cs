using System;
using System.Collections;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// How the comparison reads the items of a collection that is no dictionary: through <see cref="IEnumerable"/>, except
    /// for a user's subclass of ArrayList, Stack or Queue, whose every reading member is virtual. Such a subclass is read
    /// through its base's own ToArray, called past any override (<see cref="Metadata.OwnImplementation"/>), which copies
    /// the items from where the base stores them, in the order its enumerator gives them (a Stack's top first).
    /// </summary>
    internal static class StoredItems
    {
        private static readonly Func<ArrayList, object?[]>? ArrayListItems = Bind<ArrayList>();
        private static readonly Func<Stack, object?[]>? StackItems = Bind<Stack>();
        private static readonly Func<Queue, object?[]>? QueueItems = Bind<Queue>();

        /// <summary>The reader of <paramref name="type"/>'s items; null when they are read through IEnumerable.</summary>
        public static Func<object, IEnumerable>? For(Type type)
        {
            var platformBase = NearestPlatformBase(type);
            if (platformBase == typeof(ArrayList) && ArrayListItems != null)
            {
                return collection => ArrayListItems((ArrayList)collection);
            }

            if (platformBase == typeof(Stack) && StackItems != null)
            {
                return collection => StackItems((Stack)collection);
            }

            if (platformBase == typeof(Queue) && QueueItems != null)
            {
                return collection => QueueItems((Queue)collection);
            }

            return null;
        }

        /// <summary>
        /// The class library's (or PowerShell's) class that <paramref name="type"/> is or derives from: the type itself for
        /// one of theirs, whose members are its meaning, and for a class of the user's that derives from none of theirs.
        /// </summary>
        public static Type NearestPlatformBase(Type type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (FrameworkAssemblies.IsPlatform(current.Assembly))
                {
                    return current == typeof(object) ? type : current;
                }
            }

            return type;
        }

        /// <summary>
        /// <paramref name="bound"/> when running <paramref name="probe"/> on it succeeds, else null: generated code is
        /// compiled at its first call, where a runtime that refuses it says so.
        /// </summary>
        public static T? Probed<T>(T? bound, Action<T> probe)
            where T : class
        {
            if (bound is null)
            {
                return null;
            }

            try
            {
                probe(bound);
                return bound;
            }
            catch (Exception ex) when (ex is InvalidProgramException || ex is System.Security.VerificationException || ex is MemberAccessException || ex is NotSupportedException)
            {
                return null;
            }
        }

        private static Func<TCollection, object?[]>? Bind<TCollection>()
            where TCollection : ICollection, new() =>
            Probed(
                Metadata.OwnImplementation.Bind<Func<TCollection, object?[]>>(typeof(TCollection).GetMethod("ToArray", Type.EmptyTypes)),
                read => read(new TCollection()));
    }
}
