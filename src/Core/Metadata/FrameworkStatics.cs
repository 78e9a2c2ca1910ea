using System;
using System.Collections.Generic;
using System.Reflection;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// The class library keeps sentinels and tables in static readonly fields and recognises them by reference: an
    /// ExpandoObject marks a removed member with ExpandoObject.Uninitialized, an ArrayList enumerator with no current item
    /// holds s_dummyObject, an XmlTextWriter's state table is one of two static arrays, Missing.Value means an argument
    /// left out. Copied as new objects, they no longer meant that (a removed member came back, a writer lost its mode).
    /// A copy keeps them: they are the class library's configuration, shared by every instance already.
    /// <para>
    /// The rule: the values of the static readonly fields of reference type (not constants, not thread-static, not
    /// strings or other values a copy shares anyway) declared by the class-library types whose fields a walk reads: the
    /// walked type and each of its bases that belongs to the class library, and, for each of those, the types it is nested
    /// in, since a sentinel usually lives on the outer class and the field that holds it on a nested one (ExpandoObject
    /// and its ExpandoData). A value of the type itself (Missing.Value) is one of them. The user's own types are never
    /// looked at, derived from the class library or not: their statics are data a copy must not share with the source.
    /// Neither are types a host may unload, nor class-library generics over them, so no list here keeps a plugin alive.
    /// </para>
    /// <para>
    /// Reading a static field runs its type's class constructor if it has not run yet; only the class library's run here,
    /// once per type, outside the plan cache's lock. A class-library type whose constructor fails lists nothing.
    /// </para>
    /// <para>
    /// A host's own sentinels join them by registration (<see cref="DeepCopyRegistry.RegisterSharedInstance"/>), each
    /// listed for its own type: PowerShell registers the few it compares by reference (PSCredential.Empty...), rather
    /// than this rule reading every static of PowerShell's assembly, whose statics are mostly caches, tracers and
    /// adapters that no data holds, and whose class constructors a copy has no reason to run.
    /// </para>
    /// </summary>
    internal static class FrameworkStatics
    {
        private const BindingFlags DeclaredStatics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        private static readonly object[] None = Array.Empty<object>();
        private static readonly TypeTable<object[]> ByType = new TypeTable<object[]>();

        /// <summary>
        /// The values a copy keeps for objects of <paramref name="plan"/>'s type: those of a field walk's type and of the
        /// structs it holds inline, or of an array's inline struct elements. Computed once and kept on the plan.
        /// </summary>
        public static object[] For(TypePlan plan)
        {
            var listed = plan.SharedStatics;
            if (listed is null)
            {
                // Two threads may both compute it: the same answer, and no lock to hold while class constructors run.
                listed = Compute(plan);
                plan.SharedStatics = listed;
            }

            return listed;
        }

        private static object[] Compute(TypePlan plan)
        {
            var classLibrary = ComputeClassLibrary(plan);
            return WithRegistered(plan.Type, classLibrary);
        }

        /// <summary>Adds the instances registered for exactly <paramref name="type"/>: a value of it is met as itself, so its plan lists it.</summary>
        private static object[] WithRegistered(Type type, object[] listed)
        {
            List<object>? all = null;
            foreach (var entry in DeepCopyRegistry.SharedInstances)
            {
                if (entry.Key.GetType() == type && Array.IndexOf(listed, entry.Key) < 0)
                {
                    all ??= new List<object>(listed);
                    all.Add(entry.Key);
                }
            }

            return all?.ToArray() ?? listed;
        }

        private static object[] ComputeClassLibrary(TypePlan plan)
        {
            if (plan.Kind == TypePlanKind.Array)
            {
                var element = plan.StructElementPlan;
                return element != null && element.Kind == TypePlanKind.FieldWalk ? For(element) : None;
            }

            if (plan.Kind != TypePlanKind.FieldWalk)
            {
                return None;
            }

            var own = ByType.GetOrAdd(plan.Type, Collect);
            List<object>? all = null;
            foreach (var field in plan.DeepFields)
            {
                var inline = field.InlineStructPlan is null ? None : For(field.InlineStructPlan);
                if (inline.Length != 0)
                {
                    all ??= new List<object>(own);
                    all.AddRange(inline);
                }
            }

            return all?.ToArray() ?? own;
        }

        private static object[] Collect(Type type)
        {
            List<KeyValuePair<object, string>>? found = null;
            var holders = new HashSet<Type>();
            for (var current = type; current != null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
            {
                if (!FrameworkAssemblies.IsClassLibrary(current.Assembly))
                {
                    continue;
                }

                for (var holder = current; holder != null; holder = Outer(holder))
                {
                    if (holders.Add(holder) && !holder.ContainsGenericParameters && !CollectibleTypes.IsCollectible(holder))
                    {
                        try
                        {
                            AddStatics(holder, ref found);
                        }
                        catch (Exception ex) when (ex is TypeLoadException || ex is System.IO.IOException || ex is BadImageFormatException || ex is MemberAccessException)
                        {
                            // A static field whose type cannot be loaded (a missing optional assembly) holds nothing a copy
                            // can meet; the holder's other statics are given up rather than failing every copy of the type.
                        }
                    }
                }
            }

            if (found is null)
            {
                return None;
            }

            KnownFrameworkStatics.Add(found);
            var values = new object[found.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = found[i].Key;
            }

            return values;
        }

        private static void AddStatics(Type holder, ref List<KeyValuePair<object, string>>? found)
        {
            foreach (var field in holder.GetFields(DeclaredStatics))
            {
                if (!field.IsInitOnly || field.IsLiteral || field.FieldType.IsValueType || field.FieldType.IsPointer || field.IsDefined(typeof(ThreadStaticAttribute), false))
                {
                    continue;
                }

                object? value;
                try
                {
                    value = field.GetValue(null);
                }
                catch (Exception ex) when (ex is TypeInitializationException || ex is TargetInvocationException || ex is FieldAccessException || ex is NotSupportedException || ex is InvalidOperationException)
                {
                    return;
                }

                if (value is null || value is string)
                {
                    continue;
                }

                var valueType = value.GetType();
                if (valueType.IsValueType || TypeClassifier.IsBuiltInImmutable(valueType) || CollectibleTypes.IsCollectible(valueType) || Lists(found, value))
                {
                    continue;
                }

                found ??= new List<KeyValuePair<object, string>>();
                found.Add(new KeyValuePair<object, string>(value, "the class library's own [" + Engine.TypeNames.Readable(holder) + "]::" + field.Name));
            }
        }

        /// <summary>True when one field listed already holds <paramref name="value"/> (IPAddress.None is IPAddress.Broadcast); the first names it.</summary>
        private static bool Lists(List<KeyValuePair<object, string>>? found, object value)
        {
            if (found != null)
            {
                foreach (var entry in found)
                {
                    if (ReferenceEquals(entry.Key, value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The type <paramref name="nested"/> is declared in, closed over the same type arguments: a nested type of a
        /// generic class (List&lt;int&gt;.Enumerator) reports the open definition as its declaring type, whose statics cannot be read.
        /// </summary>
        private static Type? Outer(Type nested)
        {
            var outer = nested.DeclaringType;
            if (outer is null || !outer.IsGenericTypeDefinition)
            {
                return outer;
            }

            var outerArity = outer.GetGenericArguments().Length;
            var arguments = nested.IsConstructedGenericType ? nested.GetGenericArguments() : Type.EmptyTypes;
            if (arguments.Length < outerArity)
            {
                return null;
            }

            var outerArguments = new Type[outerArity];
            Array.Copy(arguments, outerArguments, outerArity);
            return outer.MakeGenericType(outerArguments);
        }
    }
}
