using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace DeepCopy.Core.Metadata
{
    /// <summary>The built-in answers to "can this type change?" and "can this type be copied at all?".</summary>
    internal static class TypeClassifier
    {
        // Exact types whose values never change after construction. Sealed, so subclasses cannot add state. LINQ to
        // XML's names are atomized (one instance per name, compared by reference, interned in a global table), so a
        // copied XDocument must keep the very instances, or its elements would no longer match their names.
        private static readonly HashSet<Type> ImmutableExact = new HashSet<Type>
        {
            typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan),
            typeof(Guid), typeof(Version), typeof(BigInteger), typeof(DBNull), typeof(Uri),
            typeof(System.Xml.Linq.XName), typeof(System.Xml.Linq.XNamespace),
        };

        // Base types whose instances are immutable, or shared by contract, including their subclasses.
        // Reflection metadata is owned by the runtime; comparers, encodings, cultures, time zones and
        // regexes are treated by every .NET collection and API as shared configuration, not data. Dynamic call
        // sites are the runtime binder's caches (C# dynamic, PowerShell's variables keep some): every user of a
        // site shares it, and copying one would copy its cached delegates, which cannot be copied.
        private static readonly Type[] SharedBases = WithRuntimeInternals(
            new[]
            {
                typeof(MemberInfo), typeof(Assembly), typeof(Module), typeof(ParameterInfo),
                typeof(IEqualityComparer), typeof(IComparer), typeof(Encoding), typeof(CultureInfo),
                typeof(TimeZoneInfo), typeof(Regex), typeof(StringComparer), typeof(System.Runtime.CompilerServices.CallSite),
            },
            Pair(typeof(object), "System.Reflection.Emit.DynamicResolver"),
            Pair(typeof(object), "System.Reflection.LoaderAllocator"),
            Pair(typeof(System.Dynamic.ExpandoObject), "System.Dynamic.ExpandoClass"));

        private static readonly Type[] SharedGenericInterfaces = { typeof(IEqualityComparer<>), typeof(IComparer<>) };

        // The descriptors of an HTTP message's known headers (Server, Content-Type...) live in a static table of the runtime
        // and are compared by reference; they hold the headers' parsers, and those parsers delegates. Copied, a message's
        // headers could no longer be found (and their delegates refused every message with a known header). Sealed and
        // internal; named rather than typed, so Core never loads System.Net.Http, whose versions differ on .NET Framework.
        private const string KnownHeaderName = "System.Net.Http.Headers.KnownHeader";
        private const string KnownHeaderAssembly = "System.Net.Http";

        // On .NET an ExecutionContext never changes: setting an AsyncLocal makes a new context, and Capture() hands out
        // the thread's current one, so a Barrier's copy captures the very instance its source did. Copying one field by
        // field would copy the AsyncLocal keys too, and the copy's values could never be read. On .NET Framework a
        // captured context changes (running it marks it used) and Capture() makes a new one each time, so it is not shared there.
        private static readonly bool ExecutionContextIsImmutable = typeof(object).Assembly.GetName().Name != "mscorlib";

        private const string SubclassedPrimitive =
            "it is a subclass of a lock or signal, whose owners and waiters a copy cannot keep apart from the source, and only the exact type is made new";

        // Types that own something a copy cannot duplicate. Each reason completes the sentence "it cannot be copied because ...".
        private static readonly KeyValuePair<Type, string>[] NonCopyableBases =
        {
            Pair(typeof(Delegate), "it is a delegate, whose target and code would be shared or re-run"),
            Pair(typeof(System.Runtime.InteropServices.SafeHandle), "it owns an operating-system handle"),
            Pair(typeof(System.Runtime.InteropServices.CriticalHandle), "it owns an operating-system handle"),
            Pair(typeof(WaitHandle), "it owns an operating-system wait handle"),
            Pair(typeof(System.IO.Stream), "it is a stream over an external resource"),
            Pair(typeof(Thread), "it is a running thread"),
            Pair(typeof(Task), "it is a task, whose work cannot be duplicated"),
            Pair(typeof(CancellationTokenSource), "it is a cancellation source that other code observes"),
            Pair(typeof(System.Net.Sockets.Socket), "it is an open network socket"),
            Pair(typeof(System.Diagnostics.Process), "it is an operating-system process"),
            Pair(typeof(Pointer), "it is an unmanaged pointer"),
            Pair(typeof(AppDomain), "it is the runtime's application domain"),
            Pair(typeof(WeakReference), "it is a weak reference tracked by the garbage collector"),

            // The exact slim locks and signals are made new through their constructors by their handlers (they come
            // first). A subclass cannot be (its constructor is the user's), and copied field by field it stayed tied to
            // its source: the copy of a held lock said it was held, and releasing it released the source's.
            Pair(typeof(ReaderWriterLockSlim), SubclassedPrimitive),
            Pair(typeof(SemaphoreSlim), SubclassedPrimitive),
            Pair(typeof(ManualResetEventSlim), SubclassedPrimitive),
            Pair(typeof(CountdownEvent), SubclassedPrimitive),
            Pair(typeof(Barrier), SubclassedPrimitive),

            // System.Data: the exact DataSet and DataTable have handlers (they come first); what is left here would
            // otherwise be refused for the finalizer they inherit, a reason that misleads.
            Pair(typeof(System.Data.DataSet), "it is a typed DataSet, generated from a schema, and copying it would run its generated constructor; a Custom type policy can copy it with its own Copy()"),
            Pair(typeof(System.Data.DataTable), "it is a typed DataTable, generated from a schema, and copying it would run its generated constructor; a Custom type policy can copy it with its own Copy()"),
            Pair(typeof(System.Data.DataView), "it is a live view that follows its DataTable; copy the table instead"),
            Pair(typeof(System.Data.DataViewManager), "it is a live view that follows its DataSet; copy the set instead"),
        };

        public static bool IsBuiltInImmutable(Type type)
        {
            if (type.IsPrimitive || type.IsEnum || ImmutableExact.Contains(type) || FunctionPointers.Is(type))
            {
                return true;
            }

            // An array of function pointers cannot be asked for its interfaces (IList<T> of a function pointer cannot
            // be made), and no shared base or comparer interface is an array's.
            if (FunctionPointers.IsArrayOf(type))
            {
                return false;
            }

            foreach (var shared in SharedBases)
            {
                if (shared.IsAssignableFrom(type))
                {
                    return true;
                }
            }

            return IsKnownHeader(type) || ImplementsSharedGenericInterface(type);
        }

        /// <summary>
        /// Runtime-owned values that never change, shared by a copy without being framework values to the comparer: it
        /// still compares them by content, and the independence check does not walk them. Unlike the built-in
        /// immutables, a type policy may still name them.
        /// </summary>
        public static bool IsRuntimeShared(Type type) => ExecutionContextIsImmutable && type == typeof(ExecutionContext);

        /// <summary>True when every value a field of this declared reference type can hold is immutable, so the field needs no deep work.</summary>
        public static bool IsImmutableReferenceType(Type declaredType)
        {
            // A function-pointer type calls itself a class and is never sealed, but its values are addresses of code.
            if (declaredType == typeof(string) || FunctionPointers.Is(declaredType))
            {
                return true;
            }

            // Registered shared types and [DeepCopyShare] types are not skipped here: a type policy given with one copy
            // may override them, and it can only do so for values the copy actually visits (docs/policies.md).
            // Only a sealed type (or a shared base, which covers its subclasses) guarantees what the field will hold.
            return (declaredType.IsSealed || IsSharedBase(declaredType)) && IsBuiltInImmutable(declaredType);
        }

        public static bool IsRegisteredShared(Type type)
        {
            foreach (var shared in DeepCopyRegistry.SharedTypes)
            {
                if (shared.IsAssignableFrom(type))
                {
                    return true;
                }
            }

            return false;
        }

        public static string? GetBuiltInNonCopyableReason(Type type)
        {
            if (type.IsPointer)
            {
                return "it is an unmanaged pointer";
            }

            if (GcHandleTypes.Is(type))
            {
                return GcHandleTypes.Reason;
            }

            if (type.IsCOMObject)
            {
                return "it is a COM object, whose state lives outside .NET";
            }

            foreach (var entry in NonCopyableBases)
            {
                if (entry.Key.IsAssignableFrom(type))
                {
                    return entry.Value;
                }
            }

            if (!type.IsValueType && HasFinalizer(type))
            {
                return "it has a finalizer, so it owns an unmanaged resource that a copy would release twice";
            }

            return null;
        }

        public static string? GetRegisteredNonCopyableReason(Type type)
        {
            foreach (var entry in DeepCopyRegistry.NonCopyableTypes)
            {
                if (entry.Key.IsAssignableFrom(type))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private static bool IsKnownHeader(Type type) =>
            type.Name == "KnownHeader" && type.FullName == KnownHeaderName && type.Assembly.GetName().Name == KnownHeaderAssembly;

        private static bool IsSharedBase(Type type)
        {
            foreach (var shared in SharedBases)
            {
                if (shared.IsAssignableFrom(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImplementsSharedGenericInterface(Type type)
        {
            foreach (var implemented in type.GetInterfaces())
            {
                if (implemented.IsGenericType && Array.IndexOf(SharedGenericInterfaces, implemented.GetGenericTypeDefinition()) >= 0)
                {
                    return true;
                }
            }

            return type.IsInterface && type.IsGenericType && Array.IndexOf(SharedGenericInterfaces, type.GetGenericTypeDefinition()) >= 0;
        }

        private static bool HasFinalizer(Type type)
        {
            var finalizer = type.GetMethod("Finalize", BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null);
            return finalizer != null && finalizer.DeclaringType != typeof(object);
        }

        // An exception thrown through generated code (compiled expressions, DynamicMethods, PowerShell's call sites, so
        // most of $Error) keeps that code alive from its stack trace: the runtime stores its own keep-alive objects beside
        // the frames (_stackTrace on .NET, _dynamicMethods on .NET Framework). They are the runtime's bookkeeping, not
        // data, and one has a finalizer; the copy's trace must keep the same code alive, so it shares them. Both types
        // are internal. So is an ExpandoObject's class: the shape that every expando with the same keys shares, with a cache
        // of weakly held transitions to larger shapes, like a call site's rules. Each is looked up by name in the assembly
        // of a public neighbour; a runtime without one simply has nothing of that type to copy.
        // (No value tuples here: on .NET Framework before 4.7 they need a package Windows PowerShell may not have.)
        private static Type[] WithRuntimeInternals(Type[] publicTypes, params KeyValuePair<Type, string>[] neighbourAndName)
        {
            var all = new List<Type>(publicTypes);
            foreach (var entry in neighbourAndName)
            {
                var type = entry.Key.Assembly.GetType(entry.Value, throwOnError: false);
                if (type != null)
                {
                    all.Add(type);
                }
            }

            return all.ToArray();
        }

        /// <summary>A type and its text: a non-copyable type's reason, or the name of a runtime-internal type found beside it.</summary>
        private static KeyValuePair<Type, string> Pair(Type type, string text) => new KeyValuePair<Type, string>(type, text);
    }
}
