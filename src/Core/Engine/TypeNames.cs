using System;
using System.Collections.Generic;
using System.Text;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Type names for messages, as PowerShell writes them: <c>System.Collections.Generic.List[MyNs.Node]</c>. FullName
    /// writes generic arguments assembly-qualified (a line of version and key per argument) and is null for a generic
    /// parameter, which made messages read "[]". Nested types keep '+', generic parameters show by name.
    /// </summary>
    internal static class TypeNames
    {
        public static string Readable(Type type)
        {
            var builder = new StringBuilder();
            Append(builder, type);
            return builder.ToString();
        }

        /// <summary>
        /// <see cref="Readable"/> followed by <see cref="Assemblies"/>, as <c>Pt (PowerShell Class Assembly, Version=1.0.0.1)</c>:
        /// for a list where another type of the same name shows too.
        /// </summary>
        public static string ReadableWithAssemblies(Type type) => Readable(type) + " (" + Assemblies(type) + ")";

        /// <summary>
        /// The assemblies, with their versions, of <paramref name="type"/> and of the types it is made of (generic
        /// arguments, array elements), each once, as <c>Twins, Version=1.0.0.1; Other, Version=2.0.0.0</c>: what tells
        /// apart two types that <see cref="Readable"/> writes alike. A class defined again in a PowerShell session is a
        /// new type of the old name, in the next version of "PowerShell Class Assembly".
        /// </summary>
        public static string Assemblies(Type type)
        {
            var names = new List<string>();
            AddAssemblies(type, names);
            return string.Join("; ", names);
        }

        private static void AddAssemblies(Type type, List<string> names)
        {
            if (type.HasElementType)
            {
                AddAssemblies(type.GetElementType()!, names);
                return;
            }

            if (type.IsGenericParameter)
            {
                return;
            }

            var assembly = type.Assembly.GetName();
            var name = assembly.Name + ", Version=" + assembly.Version;
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            if (type.IsConstructedGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    AddAssemblies(argument, names);
                }
            }
        }

        private static void Append(StringBuilder builder, Type type)
        {
            if (type.IsGenericParameter)
            {
                builder.Append(type.Name);
                return;
            }

            if (type.HasElementType)
            {
                AppendWithElement(builder, type);
                return;
            }

            AppendDefinitionName(builder, type);
            if (!type.IsGenericType)
            {
                return;
            }

            // The arguments of every enclosing generic type come first in one list, as Type lists them.
            var arguments = type.GetGenericArguments();
            builder.Append('[');
            for (var i = 0; i < arguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                Append(builder, arguments[i]);
            }

            builder.Append(']');
        }

        private static void AppendWithElement(StringBuilder builder, Type type)
        {
            var element = type.GetElementType()!;
            Append(builder, element);
            if (type.IsByRef)
            {
                builder.Append('&');
            }
            else if (type.IsPointer)
            {
                builder.Append('*');
            }
            else if (type == element.MakeArrayType())
            {
                builder.Append("[]");
            }
            else
            {
                // A multi-dimensional array, or one-dimensional with a lower bound other than zero ([*]).
                var rank = type.GetArrayRank();
                builder.Append('[').Append(rank == 1 ? "*" : new string(',', rank - 1)).Append(']');
            }
        }

        private static void AppendDefinitionName(StringBuilder builder, Type type)
        {
            if (type.IsNested && type.DeclaringType != null)
            {
                AppendDefinitionName(builder, type.DeclaringType);
                builder.Append('+');
            }
            else if (!string.IsNullOrEmpty(type.Namespace))
            {
                builder.Append(type.Namespace).Append('.');
            }

            var name = type.Name;
            var tick = name.IndexOf('`');
            builder.Append(tick < 0 ? name : name.Substring(0, tick));
        }
    }
}
